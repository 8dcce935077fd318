package org.memdsl.runtime.result;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

import org.memdsl.runtime.catalog.Dimension;

/**
 * A number a run must reproduce: a statistic of one column of one output table, expected within an
 * absolute or a relative tolerance, or bounded from one side ("on/off > 10⁵"). {@code text} is how
 * the spec writes it, for reports.
 */
public record Expectation(String output, String column, Statistic statistic, Relation relation, double expected,
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
        WITHIN, AT_LEAST, AT_MOST
    }

    /** How a column becomes one number. */
    public enum Statistic {
        FIRST, LAST, MIN, MAX, MEAN, MEDIAN;

        public static Optional<Statistic> of(String name) {
            return Arrays.stream(values()).filter(s -> s.name().equalsIgnoreCase(name)).findFirst();
        }

        public String label() {
            return name().toLowerCase(Locale.ROOT);
        }

        double of(double[] values) {
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
     * The statistic of the run's column.
     *
     * @throws IllegalArgumentException when the run has no such output or column, or the column is empty
     */
    public double measure(RunResult result) {
        return measure(result, output, column, statistic);
    }

    /**
     * The statistic of one column of one output of a run (shared by expectations and reports).
     *
     * @throws IllegalArgumentException when the run has no such output or column, or the column is empty
     */
    public static double measure(RunResult result, String output, String column, Statistic statistic) {
        ResultTable table = result.tables().stream().filter(t -> t.name().equals(output)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("the run wrote no output '" + output + "'; it wrote "
                        + String.join(", ", result.tables().stream().map(ResultTable::name).toList())));
        if (!table.columns().contains(column)) {
            throw new IllegalArgumentException("output '" + output + "' has no column '" + column + "'; columns: "
                    + String.join(", ", table.columns()));
        }
        double[] values = table.column(column);
        if (values.length == 0) {
            throw new IllegalArgumentException("output '" + output + "' has no rows");
        }
        return statistic.of(values);
    }

    /** Whether {@code actual} is within tolerance or bound (NaN never is). */
    public boolean accepts(double actual) {
        return switch (relation) {
            case WITHIN -> Math.abs(actual - expected) <= allowedDeviation() * (1 + 1e-12);
            case AT_LEAST -> actual >= expected;
            case AT_MOST -> actual <= expected;
        };
    }

    /** The paper's side of a report: {@code 1.01 ± 5 %}, {@code ≥ 1e+05}. */
    public String expectedText() {
        return switch (relation) {
            case WITHIN -> display.format(expected) + " ± " + (relative ? Dimension.rounded(100 * tolerance) + " %"
                    : display.format(tolerance));
            case AT_LEAST -> "≥ " + display.format(expected);
            case AT_MOST -> "≤ " + display.format(expected);
        };
    }
}
