package org.memdsl.runtime.output;

/**
 * How a number is written in every CSV table: a whole number as an integer ({@code 5}, not
 * {@code 5.0}; a pulse count or a segment index reads as one), any other in the shortest form that
 * reads back to the same double ({@code Double.toString}); NaN as {@code NaN}, so a missing value is
 * never mistaken for zero.
 */
public final class CsvNumbers {

    /** Beyond this a double holds no fraction anyway, and the exponent form is shorter. */
    private static final double WHOLE_LIMIT = 1e15;

    private CsvNumbers() {
    }

    public static String format(double value) {
        if (value == Math.rint(value) && Math.abs(value) < WHOLE_LIMIT && !(value == 0 && 1 / value < 0)) {
            return Long.toString((long) value);
        }
        return Double.toString(value);
    }
}
