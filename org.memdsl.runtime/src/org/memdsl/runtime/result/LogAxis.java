package org.memdsl.runtime.result;

import java.util.List;

/** Preparing values for a logarithmic axis, shared by every renderer of a {@link Figure}. */
public final class LogAxis {

    /**
     * Decades a log axis shows below the largest value: a current that passes through zero with the
     * voltage (1e-19 A at the origin of an I–V loop) would otherwise stretch the axis over decades
     * of nothing.
     */
    public static final double DECADES = 9;

    private LogAxis() {
    }

    /** The lowest value a log axis shows, and how values below it are drawn. */
    public record Floor(double value) {

        /** A copy with values below the floor left out (NaN): a log axis cannot show them; the CSV keeps them. */
        public double[] hide(double[] values) {
            double[] out = values.clone();
            for (int i = 0; i < out.length; i++) {
                if (!(out[i] >= value)) {
                    out[i] = Double.NaN;
                }
            }
            return out;
        }

        /** A copy with zero, negative, NaN and too-small samples lifted to the floor (the CSV keeps them). */
        public double[] lift(double[] values) {
            double[] out = values.clone();
            for (int i = 0; i < out.length; i++) {
                if (!(out[i] >= value)) {
                    out[i] = value;
                }
            }
            return out;
        }
    }

    /** The floor of the x ({@code ofX}) or y values of {@code series}. */
    public static Floor floor(List<FigureSeries> series, boolean ofX) {
        double min = Double.MAX_VALUE;
        double max = 0;
        for (FigureSeries s : series) {
            for (double v : ofX ? s.x() : s.y()) {
                if (v > 0 && Double.isFinite(v)) {
                    min = Math.min(min, v);
                    max = Math.max(max, v);
                }
            }
        }
        if (max == 0) {
            return new Floor(Double.MIN_NORMAL);
        }
        return new Floor(Math.max(min, max * Math.pow(10, -DECADES)));
    }

    /**
     * A copy of {@code values} in which zero, negative and NaN samples are lifted to the smallest
     * positive sample (a log axis cannot show them; the CSV keeps the true values).
     */
    public static double[] positive(double[] values) {
        return floor(List.of(new FigureSeries("", values, values)), false).lift(values);
    }
}
