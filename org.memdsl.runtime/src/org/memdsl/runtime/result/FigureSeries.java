package org.memdsl.runtime.result;

/** One line of a {@link Figure}. */
public record FigureSeries(String label, double[] x, double[] y) {

    /** Series with at most this many points are drawn with a marker on every point. */
    public static final int MARKER_LIMIT = 200;

    public FigureSeries {
        if (x.length != y.length) {
            throw new IllegalArgumentException("series " + label + ": " + x.length + " x values, " + y.length
                    + " y values");
        }
    }

    public boolean showMarkers() {
        return x.length <= MARKER_LIMIT && !isModel();
    }

    /**
     * Whether the series is a fitted or model curve rather than measured points, by its label
     * ({@code two-exponential fit}, {@code parabola}, {@code model}): drawn dashed, without markers.
     */
    public boolean isModel() {
        String name = label.toLowerCase(java.util.Locale.ROOT);
        return name.contains("fit") || name.contains("model") || name.contains("parabola");
    }
}
