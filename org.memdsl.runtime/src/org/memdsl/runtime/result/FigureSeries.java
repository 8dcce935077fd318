package org.memdsl.runtime.result;

/** One line of a {@link Figure}. */
public record FigureSeries(String label, double[] x, double[] y) {

    public FigureSeries {
        if (x.length != y.length) {
            throw new IllegalArgumentException("series " + label + ": " + x.length + " x values, " + y.length
                    + " y values");
        }
    }
}
