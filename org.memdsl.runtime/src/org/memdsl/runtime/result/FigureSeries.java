package org.memdsl.runtime.result;

import java.util.Locale;

/**
 * One line of a {@link Figure}: its points, what it is ({@link Role}: measured data, a fit or model,
 * one repeat of several, or their summary) and whether its direction matters (an I–V loop is drawn
 * with arrows along the sweep).
 */
public record FigureSeries(String label, double[] x, double[] y, Role role, boolean directional) {

    /** What a series shows, which decides how every renderer draws it. */
    public enum Role {
        /** Measured or simulated points: a colour and a marker of their own. */
        DATA,
        /** A fitted or model curve: dashed, no markers. */
        FIT,
        /** One of several repeats (sweeps, cycles): thin and grey, left out of the legend. */
        REPEAT,
        /** The summary of the repeats (their median): bold. */
        SUMMARY
    }

    /** Series with at most this many points are drawn with a marker on every point. */
    public static final int MARKER_LIMIT = 200;

    public FigureSeries {
        if (x.length != y.length) {
            throw new IllegalArgumentException("series " + label + ": " + x.length + " x values, " + y.length
                    + " y values");
        }
        if (role == null) {
            role = Role.DATA;
        }
    }

    /**
     * A series whose role follows from its label: a fitted or model curve ({@code two-exponential
     * fit}, {@code parabola}, {@code model}) or data.
     */
    public FigureSeries(String label, double[] x, double[] y) {
        this(label, x, y, modelLabel(label) ? Role.FIT : Role.DATA, false);
    }

    public FigureSeries(String label, double[] x, double[] y, Role role) {
        this(label, x, y, role, false);
    }

    public boolean showMarkers() {
        return x.length <= MARKER_LIMIT && role == Role.DATA;
    }

    /** Whether the series is a fitted or model curve rather than measured points: drawn dashed, without markers. */
    public boolean isModel() {
        return role == Role.FIT;
    }

    private static boolean modelLabel(String label) {
        String name = label.toLowerCase(Locale.ROOT);
        return name.contains("fit") || name.contains("model") || name.contains("parabola");
    }
}
