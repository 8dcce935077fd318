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
        return x.length <= MARKER_LIMIT;
    }
}
