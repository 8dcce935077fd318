package org.memdsl.runtime.result;

import java.util.Map;

/**
 * An {@link Expectation} held against a run: the measured value, or why it could not be measured
 * ({@code problem}, null when measured).
 */
public record ExpectationCheck(Expectation expectation, double actual, String problem, String unit) {

    public static ExpectationCheck of(Expectation expectation, RunResult result) {
        return of(expectation, result, Map.of());
    }

    /** Held against {@code result} and, for readings that name one, the runs of earlier experiments. */
    public static ExpectationCheck of(Expectation expectation, RunResult result, Map<String, RunResult> earlier) {
        try {
            return new ExpectationCheck(expectation, expectation.measure(result, earlier), null,
                    unit(expectation, result, earlier));
        } catch (IllegalArgumentException e) {
            return new ExpectationCheck(expectation, Double.NaN, e.getMessage(), unit(expectation, result, earlier));
        }
    }

    /** The SI unit of the expected and actual values: the reading's, or the ratio of two readings'. */
    private static String unit(Expectation expectation, RunResult result, Map<String, RunResult> earlier) {
        String unit = expectation.reading().unit(result, earlier);
        if (expectation.divisor() == null) {
            return unit;
        }
        String divisor = expectation.divisor().unit(result, earlier);
        return unit.equals(divisor) ? Column.ONE : unit + "/" + divisor;
    }

    public boolean met() {
        return problem == null && expectation.accepts(actual);
    }

    /** {@code 1.02 (expected 1.01 ± 0.0505): met}, or the problem. */
    public String summary() {
        if (problem != null) {
            return "not measured: " + problem;
        }
        return expectation.display().format(actual) + " (expected " + expectation.expectedText() + "): "
                + (met() ? "met" : "NOT MET");
    }
}
