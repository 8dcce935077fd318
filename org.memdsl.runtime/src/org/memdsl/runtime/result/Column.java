package org.memdsl.runtime.result;

/**
 * A column of a {@link ResultTable}: its name (what expectations and reports read), its unit
 * (an SI symbol, {@code %}, or {@code 1} for counts, indices and ratios), and whether its values
 * are numbers the protocol states (sweep voltages, intervals, frequencies, sample times) rather
 * than measured ones. Stated values are re-derived in floating point ({@code 1/period}), so they
 * are written rounded to {@link #STATED_DIGITS} significant digits, which gives back the decimal
 * the spec wrote; measured values are written in full. A value that cannot be computed (NaN) is
 * written as an empty cell, and the summary says how many and why ({@link #whyMissing}).
 */
public record Column(String name, String unit, boolean stated, String whyMissing) {

    /** Why a value is missing when the measurement does not say. */
    public static final String NOT_COMPUTABLE = "the run gives no value to compute it from";

    /** Significant digits kept of a stated value: far above any spec's precision, below the noise. */
    public static final int STATED_DIGITS = 12;

    /** The unit of a count, an index or a ratio (ISO 80000-1's unit one). */
    public static final String ONE = "1";

    public Column {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("a column needs a name");
        }
        if (unit == null || unit.isBlank()) {
            throw new IllegalArgumentException("column '" + name + "' needs a unit (" + ONE + " for a pure number)");
        }
        if (whyMissing == null || whyMissing.isBlank()) {
            whyMissing = NOT_COMPUTABLE;
        }
    }

    public Column(String name, String unit, boolean stated) {
        this(name, unit, stated, NOT_COMPUTABLE);
    }

    /** This column, saying why a row may have no value. */
    public Column missingWhen(String why) {
        return new Column(name, unit, stated, why);
    }

    /** A measured column. */
    public static Column of(String name, String unit) {
        return new Column(name, unit, false);
    }

    /** A column of numbers the protocol states. */
    public static Column stated(String name, String unit) {
        return new Column(name, unit, true);
    }

    /** {@code voltage [V]}: the CSV header of the column. */
    public String header() {
        return name + " [" + unit + "]";
    }
}
