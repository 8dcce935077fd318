package org.memdsl.compiler;

import org.memdsl.memDsl.Report;

/** {@code report [statistic] output.column [as name]}: the first row by default, named {@code output_column}. */
public final class ReportCompiler {

    private ReportCompiler() {
    }

    public static org.memdsl.runtime.result.Report compile(Report report) {
        return new org.memdsl.runtime.result.Report(name(report), ExpectationCompiler.reading(report.getReading()));
    }

    /** The column the report fills in a characterisation. */
    public static String name(Report report) {
        return report.getName() != null ? report.getName()
                : report.getReading().getOutput() + "_" + report.getReading().getColumn();
    }
}
