package org.memdsl.runtime.crossbar;

import java.util.Arrays;

/**
 * How the lines of a crossbar are biased when one cell ({@code i, j}) is written or read: the
 * selected row at {@code V}, the selected column at 0, and the others at {@code V/2} (half-select),
 * {@code V/3} for rows and {@code 2V/3} for columns (third-select), left floating, or grounded.
 */
public enum BiasScheme {
    HALF, THIRD, FLOATING, GROUNDED;

    /** Row source voltages ({@code NaN}: floating). */
    public double[] rows(int count, int selected, double v) {
        double[] out = new double[count];
        Arrays.fill(out, switch (this) {
            case HALF -> v / 2;
            case THIRD -> v / 3;
            case FLOATING -> Double.NaN;
            case GROUNDED -> 0.0;
        });
        out[selected] = v;
        return out;
    }

    /** Column source voltages ({@code NaN}: floating). */
    public double[] columns(int count, int selected, double v) {
        double[] out = new double[count];
        Arrays.fill(out, switch (this) {
            case HALF -> v / 2;
            case THIRD -> 2 * v / 3;
            case FLOATING -> Double.NaN;
            case GROUNDED -> 0.0;
        });
        out[selected] = 0.0;
        return out;
    }
}
