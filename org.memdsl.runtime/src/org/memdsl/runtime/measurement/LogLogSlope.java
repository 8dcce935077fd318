package org.memdsl.runtime.measurement;

import java.util.ArrayList;
import java.util.List;

import org.memdsl.runtime.result.Column;
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
        return new ResultTable(name, List.of(Column.stated("voltage", "V"), Column.of("current", "A"),
                Column.of("slope", Column.ONE)), columns);
    }

    /** Slopes above this (the jump at SET) are left off the slope figure's scale, and counted in its title. */
    static final double SLOPE_SCALE = 10;

    /** The log–log I–V of the branch, which is what the slopes are read from. */
    @Override
    public Figure figure(ResultTable table) {
        return new Figure(name, "log I – log V of the first positive branch", "voltage [V]", "|current| [A]", true,
                true, List.of(new FigureSeries("|I|", table.column("voltage"), abs(table.column("current")))));
    }

    /** The log–log I–V and {@code NAME_slope}: the local slope against voltage (1 ohmic, 2 Child's law). */
    @Override
    public List<Figure> figures(ResultTable table) {
        double[] v = table.column("voltage");
        double[] slope = table.column("slope");
        List<Double> x = new ArrayList<>();
        List<Double> y = new ArrayList<>();
        for (int k = 0; k < v.length; k++) {
            if (Math.abs(slope[k]) <= SLOPE_SCALE) {
                x.add(v[k]);
                y.add(slope[k]);
            }
        }
        int off = v.length - x.size();
        String title = "Local slope d ln I / d ln V" + (off == 0 ? "" : " (" + off + (off == 1 ? " step" : " steps")
                + " beyond ±" + (int) SLOPE_SCALE + ", at switching, not shown)");
        Figure slopes = new Figure(name + "_slope", title, "voltage [V]", "d ln I / d ln V", true, false,
                List.of(new FigureSeries("slope", x.stream().mapToDouble(Double::doubleValue).toArray(),
                        y.stream().mapToDouble(Double::doubleValue).toArray())));
        return List.of(figure(table), slopes);
    }

    private static double[] abs(double[] values) {
        double[] out = new double[values.length];
        for (int k = 0; k < values.length; k++) {
            out[k] = Math.abs(values[k]);
        }
        return out;
    }
}
