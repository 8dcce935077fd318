package org.memdsl.runtime.result;

/** Preparing values for a logarithmic axis, shared by every renderer of a {@link Figure}. */
public final class LogAxis {

    private LogAxis() {
    }

    /**
     * A copy of {@code values} in which zero, negative and NaN samples are lifted to the smallest
     * positive sample (a log axis cannot show them; the CSV keeps the true values).
     */
    public static double[] positive(double[] values) {
        double floor = Double.MAX_VALUE;
        for (double v : values) {
            if (v > 0) {
                floor = Math.min(floor, v);
            }
        }
        double[] out = values.clone();
        for (int i = 0; i < out.length; i++) {
            if (!(out[i] > 0)) {
                out[i] = floor == Double.MAX_VALUE ? Double.MIN_NORMAL : floor;
            }
        }
        return out;
    }
}
