package org.memdsl.runtime.result;

import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.memdsl.runtime.catalog.Dimension;

/**
 * A number a run must reproduce: a {@link Reading} of one output (or the ratio of two readings),
 * expected within an absolute or a relative tolerance, or bounded from one side ("on/off > 10⁵").
 * {@code text} is how the spec writes it, for reports.
 *
 * @param divisor the reading the first is divided by, or null
 */
public record Expectation(Reading reading, Reading divisor, Relation relation, double expected,
        double tolerance, boolean relative, String text, Display display) {

    /** The unit the spec writes the value in, and its size in SI, for reports ({@code pA}, 1e-12). */
    public record Display(String unit, double scale) {

        public static final Display SI = new Display("", 1.0);

        /** {@code value} (SI) in this unit, e.g. {@code 588.3 pA}. */
        public String format(double value) {
            String number = Dimension.rounded(value / scale);
            return unit.isEmpty() ? number : number + " " + unit;
        }
    }

    /** How the measured value must relate to {@link #expected}. */
    public enum Relation {
        WITHIN, AT_LEAST, AT_MOST, ABOVE, BELOW
    }

    /**
     * How a column becomes one number. NaN cells are missing values (a fit that did not converge, a
     * time never reached, a column padded past its last value) and are left out; {@code count} is
     * the number of values left.
     */
    public enum Statistic {
        FIRST, LAST, MIN, MAX, MEAN, MEDIAN, COUNT;

        public static Optional<Statistic> of(String name) {
            return Arrays.stream(values()).filter(s -> s.name().equalsIgnoreCase(name)).findFirst();
        }

        /** "first, last, min, max, mean, median, count", for messages. */
        public static String names() {
            return String.join(", ", Arrays.stream(values()).map(Statistic::label).toList());
        }

        public String label() {
            return name().toLowerCase(Locale.ROOT);
        }

        /** @throws IllegalArgumentException when no value is left once NaN cells are left out (except for count) */
        double of(double[] column) {
            double[] values = Arrays.stream(column).filter(v -> !Double.isNaN(v)).toArray();
            if (this == COUNT) {
                return values.length;
            }
            if (values.length == 0) {
                throw new IllegalArgumentException("the column has no value (every row is NaN)");
            }
            return switch (this) {
                case FIRST -> values[0];
                case LAST -> values[values.length - 1];
                case MIN -> Arrays.stream(values).min().orElseThrow();
                case MAX -> Arrays.stream(values).max().orElseThrow();
                case MEAN -> Arrays.stream(values).average().orElseThrow();
                case MEDIAN -> {
                    double[] sorted = values.clone();
                    Arrays.sort(sorted);
                    int n = sorted.length;
                    yield n % 2 == 1 ? sorted[n / 2] : 0.5 * (sorted[n / 2 - 1] + sorted[n / 2]);
                }
                case COUNT -> values.length;
            };
        }
    }

    public Expectation {
        if (display == null) {
            display = Display.SI;
        }
        if (!(tolerance >= 0) || !Double.isFinite(expected)) {
            throw new IllegalArgumentException("an expectation needs a finite value and a tolerance >= 0");
        }
    }

    /** The widest deviation from {@link #expected} that is still within tolerance. */
    public double allowedDeviation() {
        return relative ? tolerance * Math.abs(expected) : tolerance;
    }

    /**
     * The reading of the run, or the ratio of the two readings.
     *
     * @throws IllegalArgumentException when the run has no such output or column, or the column is empty
     */
    public double measure(RunResult result) {
        return measure(result, Map.of());
    }

    /** {@link #measure(RunResult)} with the runs of earlier experiments that a reading may name. */
    public double measure(RunResult result, Map<String, RunResult> earlier) {
        double value = reading.measure(result, earlier);
        return divisor == null ? value : value / divisor.measure(result, earlier);
    }

    /** Whether {@code actual} is within tolerance or bound (NaN never is). */
    public boolean accepts(double actual) {
        return switch (relation) {
            case WITHIN -> Math.abs(actual - expected) <= allowedDeviation() * (1 + 1e-12);
            case AT_LEAST -> actual >= expected;
            case AT_MOST -> actual <= expected;
            case ABOVE -> actual > expected;
            case BELOW -> actual < expected;
        };
    }

    /** The paper's side of a report: {@code 1.01 ± 5 %}, {@code ≥ 1e+05}. */
    public String expectedText() {
        return switch (relation) {
            case WITHIN -> display.format(expected) + " ± " + (relative ? Dimension.rounded(100 * tolerance) + " %"
                    : display.format(tolerance));
            case AT_LEAST -> "≥ " + display.format(expected);
            case AT_MOST -> "≤ " + display.format(expected);
            case ABOVE -> "> " + display.format(expected);
            case BELOW -> "< " + display.format(expected);
        };
    }
}
