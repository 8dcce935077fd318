package org.memdsl.runtime.result;

import java.util.Arrays;

/**
 * One result of a measurement that is not a row of its table: a fitted parameter and its quality,
 * a crossing point (or several), a classification, a ratio. Written once to the experiment's
 * {@code summary.json} and the run's summary table instead of being repeated on every row.
 *
 * @param values the number(s); empty when the result could not be computed (then {@code note} says why)
 * @param label a classification in words ({@code inductive-like}), or null
 * @param note why the result is missing or what qualifies it, or null
 */
public record ScalarResult(String name, String unit, double[] values, String label, String note) {

    public ScalarResult {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("a result needs a name");
        }
        values = Arrays.stream(values).filter(Double::isFinite).toArray();
        if (values.length == 0 && label == null && note == null) {
            throw new IllegalArgumentException("result '" + name + "' has no value and no note saying why");
        }
    }

    /** One number; a non-finite one is kept as missing, with {@code whyMissing}. */
    public static ScalarResult number(String name, String unit, double value, String whyMissing) {
        return new ScalarResult(name, unit, new double[] { value }, null, Double.isFinite(value) ? null : whyMissing);
    }

    /** Several numbers of one kind (every crossing point of a loop), possibly none. */
    public static ScalarResult numbers(String name, String unit, double[] values, String whyNone) {
        double[] finite = Arrays.stream(values).filter(Double::isFinite).toArray();
        return new ScalarResult(name, unit, finite, null, finite.length == 0 ? whyNone : null);
    }

    /** A classification in words. */
    public static ScalarResult label(String name, String text) {
        return new ScalarResult(name, Column.ONE, new double[0], text, null);
    }

    /** A number that could not be computed, and why. */
    public static ScalarResult missing(String name, String unit, String why) {
        return new ScalarResult(name, unit, new double[0], null, why);
    }

    public boolean isMissing() {
        return values.length == 0 && label == null;
    }

    /** The first value, or NaN when there is none. */
    public double value() {
        return values.length == 0 ? Double.NaN : values[0];
    }

    @Override
    public double[] values() {
        return values.clone();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof ScalarResult s && s.name.equals(name) && s.unit.equals(unit)
                && Arrays.equals(s.values, values) && java.util.Objects.equals(s.label, label)
                && java.util.Objects.equals(s.note, note);
    }

    @Override
    public int hashCode() {
        return java.util.Objects.hash(name, unit, Arrays.hashCode(values), label, note);
    }
}
