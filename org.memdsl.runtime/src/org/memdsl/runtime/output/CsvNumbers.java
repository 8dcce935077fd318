package org.memdsl.runtime.output;

import java.math.BigDecimal;
import java.math.MathContext;

import org.memdsl.runtime.result.Column;

/**
 * How a number is written in every CSV table: a whole number as an integer ({@code 5}, not
 * {@code 5.0}; a pulse count or a segment index reads as one), any other in the shortest form that
 * reads back to the same double ({@code Double.toString}); a value that could not be computed (NaN,
 * infinite) as an empty cell, so it is never mistaken for a number (the summary says why it is
 * missing: {@link org.memdsl.runtime.result.MissingValues}).
 */
public final class CsvNumbers {

    /** Beyond this a double holds no fraction anyway, and the exponent form is shorter. */
    private static final double WHOLE_LIMIT = 1e15;

    private CsvNumbers() {
    }

    /**
     * A number the protocol states, re-derived in floating point ({@code 1/period}): rounded to
     * {@link Column#STATED_DIGITS} significant digits first, which gives back the decimal the spec
     * wrote ({@code 2499.9999999999995} → {@code 2500.0}, {@code 0.09999999999999999} → {@code 0.1}).
     */
    public static String formatStated(double value) {
        if (!Double.isFinite(value) || value == 0) {
            return format(value);
        }
        return format(new BigDecimal(value).round(new MathContext(Column.STATED_DIGITS)).doubleValue());
    }

    /** {@link #formatStated} for a stated column, {@link #format} for a measured one. */
    public static String format(double value, Column column) {
        return column.stated() ? formatStated(value) : format(value);
    }

    public static String format(double value) {
        if (!Double.isFinite(value)) {
            return "";
        }
        if (value == Math.rint(value) && Math.abs(value) < WHOLE_LIMIT && !(value == 0 && 1 / value < 0)) {
            return Long.toString((long) value);
        }
        return Double.toString(value);
    }
}
