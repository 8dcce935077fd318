package org.memdsl.compiler;

import org.memdsl.memDsl.Report;
import org.memdsl.runtime.result.Expectation.Statistic;

/** {@code report [statistic] output.column [as name]}: the first row by default, named {@code output_column}. */
public final class ReportCompiler {

    private ReportCompiler() {
    }

    public static org.memdsl.runtime.result.Report compile(Report report) {
        return new org.memdsl.runtime.result.Report(name(report), report.getOutput(), report.getColumn(),
                statistic(report));
    }

    /** The column the report fills in a characterisation. */
    public static String name(Report report) {
        return report.getName() != null ? report.getName() : report.getOutput() + "_" + report.getColumn();
    }

    public static Statistic statistic(Report report) {
        if (report.getStatistic() == null) {
            return Statistic.FIRST;
        }
        return Statistic.of(report.getStatistic()).orElseThrow(() -> new CompileException("unknown statistic '"
                + report.getStatistic() + "'; known: first, last, min, max, mean, median", report));
    }
}
