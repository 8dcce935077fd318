package org.memdsl.runtime.measurement;

import java.util.ArrayList;
import java.util.List;

import org.memdsl.runtime.result.Figure;
import org.memdsl.runtime.result.FigureSeries;
import org.memdsl.runtime.result.ResultTable;
import org.memdsl.runtime.result.TimeSeries;
import org.memdsl.runtime.stimulus.AppliedStimulus;

/**
 * Conduction-mechanism analysis of a staircase sweep: on the first outgoing positive branch, the
 * local slope {@code d ln|I| / d ln V} between neighbouring levels (1 for ohmic conduction, 2 for
 * Child's law of space-charge-limited current, higher with traps).
 */
public record LogLogSlope(String name, double settledFraction) implements Analysis {

    public static final MeasurementKind KIND = MeasurementKind.of("loglog_slope",
            "local slope d ln I / d ln V of the first positive staircase branch",
            List.of(StepIv.SETTLED), (n, p) -> new LogLogSlope(n, p.get("settled")));

    @Override
    public ResultTable analyse(TimeSeries run, AppliedStimulus stimulus) {
        ResultTable steps = new StepIv(name, settledFraction).analyse(run, stimulus);
        double[] v = steps.column("voltage");
        double[] i = steps.column("current");
        List<double[]> rows = new ArrayList<>();
        for (int k = 1; k < v.length && v[k] > v[k - 1]; k++) {
            if (v[k - 1] > 0 && i[k - 1] != 0 && i[k] != 0) {
                double slope = Math.log(Math.abs(i[k] / i[k - 1])) / Math.log(v[k] / v[k - 1]);
                rows.add(new double[] { Math.sqrt(v[k] * v[k - 1]), Math.sqrt(Math.abs(i[k] * i[k - 1])), slope });
            }
        }
        double[][] columns = new double[3][rows.size()];
        for (int r = 0; r < rows.size(); r++) {
            for (int c = 0; c < 3; c++) {
                columns[c][r] = rows.get(r)[c];
            }
        }
        return new ResultTable(name, List.of("voltage", "current", "slope"), columns);
    }

    @Override
    public Figure figure(ResultTable table) {
        return new Figure(name, "log I – log V slope", "voltage [V]", "d ln I / d ln V", false,
                List.of(new FigureSeries("slope", table.column("voltage"), table.column("slope"))));
    }
}
