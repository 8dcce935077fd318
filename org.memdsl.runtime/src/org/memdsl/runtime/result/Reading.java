package org.memdsl.runtime.result;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.memdsl.runtime.catalog.Dimension;
import org.memdsl.runtime.result.Expectation.Statistic;

/**
 * One number read off a run: a statistic of one column of one output table (or of one of its
 * {@linkplain ScalarResult results}: a fit parameter, the crossing points), over every row or
 * over the rows whose {@code key} column is nearest {@code keyValue} ({@code current.current[time = 20 s]},
 * {@code max iv.current[voltage = 1 V]}: both scans at 1 V), of the run at hand or of an experiment
 * that ran before it ({@code ppf_dark.ppf.ppf_percent}). Shared by expectations and reports.
 *
 * @param experiment the experiment whose output is read, or null for the run at hand
 * @param key the column that picks rows, or null for every row
 */
public record Reading(String experiment, String output, String column, Statistic statistic, String key,
        double keyValue) {

    public Reading {
        if (statistic == null) {
            statistic = Statistic.FIRST;
        }
    }

    /** A statistic over every row of the column. */
    public static Reading of(String output, String column, Statistic statistic) {
        return new Reading(null, output, column, statistic, null, Double.NaN);
    }

    /** The rows it reads, as {@code key = value} (SI), or empty for every row. */
    public String rows() {
        return key == null ? "" : key + " = " + Dimension.rounded(keyValue);
    }

    /** {@code max iv.current[voltage = 1]}, values in SI. */
    public String describe() {
        return statistic.label() + " " + (experiment == null ? "" : experiment + ".") + output + "." + column
                + (key == null ? "" : "[" + rows() + "]");
    }

    /**
     * The number this reading gives of {@code result}.
     *
     * @throws IllegalArgumentException when the run has no such output or column, or no row to read
     */
    public double measure(RunResult result) {
        return measure(result, Map.of());
    }

    /**
     * The number this reading gives of {@code result}, or of the run of {@link #experiment} among
     * {@code earlier} (runs by experiment name).
     *
     * @throws IllegalArgumentException when that run is not there, has no such output or column, or no row to read
     */
    public double measure(RunResult own, Map<String, RunResult> earlier) {
        RunResult result = experiment == null ? own : earlier.get(experiment);
        if (result == null) {
            throw new IllegalArgumentException("experiment '" + experiment + "' has not run before this one");
        }
        ResultTable table = result.tables().stream().filter(t -> t.name().equals(output)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("the run wrote no output '" + output + "'; it wrote "
                        + String.join(", ", result.tables().stream().map(ResultTable::name).toList())));
        Optional<ScalarResult> scalar = table.columns().contains(column) ? Optional.empty() : table.scalar(column);
        if (scalar.isPresent()) {
            if (key != null) {
                throw new IllegalArgumentException("'" + output + "." + column + "' is one result of the measurement,"
                        + " not a column: it has no rows to pick by '" + key + "'");
            }
            double[] values = scalar.get().values();
            if (values.length == 0 && statistic != Statistic.COUNT) {
                throw new IllegalArgumentException("'" + output + "." + column + "' has no value: "
                        + scalar.get().note());
            }
            return statistic.of(values);
        }
        double[] values = column(table, column);
        if (values.length == 0) {
            throw new IllegalArgumentException("output '" + output + "' has no rows");
        }
        if (key == null) {
            return statistic.of(values);
        }
        double[] keys = column(table, key);
        double nearest = Double.POSITIVE_INFINITY;
        for (double k : keys) {
            nearest = Math.min(nearest, Math.abs(k - keyValue));
        }
        List<Double> picked = new ArrayList<>();
        for (int r = 0; r < keys.length; r++) {
            if (Math.abs(keys[r] - keyValue) == nearest) {
                picked.add(values[r]);
            }
        }
        if (picked.isEmpty()) {
            throw new IllegalArgumentException("output '" + output + "' has no row with a finite '" + key + "'");
        }
        return statistic.of(picked.stream().mapToDouble(Double::doubleValue).toArray());
    }

    /**
     * The unit of what this reading reads ({@code A} for {@code epsc.epsc}, {@code 1} for a count), or
     * an empty string when the run has no such output, column or result.
     */
    public String unit(RunResult own, Map<String, RunResult> earlier) {
        if (statistic == Statistic.COUNT) {
            return Column.ONE;
        }
        RunResult result = experiment == null ? own : earlier.get(experiment);
        if (result == null) {
            return "";
        }
        for (ResultTable table : result.tables()) {
            if (table.name().equals(output)) {
                for (Column c : table.header()) {
                    if (c.name().equals(column)) {
                        return c.unit();
                    }
                }
                return table.scalar(column).map(ScalarResult::unit).orElse("");
            }
        }
        return "";
    }

    private double[] column(ResultTable table, String name) {
        if (!table.columns().contains(name)) {
            throw new IllegalArgumentException("output '" + output + "' has no column '" + name + "'; columns: "
                    + String.join(", ", table.columns()) + (table.scalars().isEmpty() ? "" : "; results: "
                    + String.join(", ", table.scalars().stream().map(ScalarResult::name).toList())));
        }
        return table.column(name);
    }
}
