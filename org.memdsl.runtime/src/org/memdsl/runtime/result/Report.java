package org.memdsl.runtime.result;

/**
 * A number a protocol reports about the device it ran on: a statistic of one column of one of its
 * outputs, under a name that becomes a column of a characterisation table ({@code report first
 * ppf.ppf_percent as ppf_index}).
 */
public record Report(String name, Reading reading) {

    public Report {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("a report needs a name");
        }
    }

    /** @throws IllegalArgumentException when the run has no such output or column, or the column is empty */
    public double measure(RunResult result) {
        return reading.measure(result);
    }
}
