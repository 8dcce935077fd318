package org.memdsl.runtime.measurement;

import java.util.ArrayList;
import java.util.List;

import org.memdsl.runtime.catalog.Dimension;
import org.memdsl.runtime.catalog.Parameter;
import org.memdsl.runtime.result.Column;
import org.memdsl.runtime.result.Figure;
import org.memdsl.runtime.result.FigureSeries;
import org.memdsl.runtime.result.ResultTable;
import org.memdsl.runtime.result.TimeSeries;
import org.memdsl.runtime.stimulus.AppliedStimulus;

/**
 * ON/OFF ratio of each loop of an I–V sweep, read at a fixed fraction of the sweep's largest
 * voltage (paper B reads at 0.02 V of a 0.2 V sweep: {@link #DEFAULT_READ_FRACTION}): on each
 * polarity the chord conductance {@code I/V} where the voltage passes the read level going out
 * (before SET) and coming back (after SET), interpolated linearly between samples. The ratio of a
 * loop is that of the polarity on which it switched (the larger one).
 */
public record OnOffRatio(String name, double readFraction) implements Analysis {

    static final Parameter READ_FRACTION = new Parameter("read_fraction", Dimension.DIMENSIONLESS,
            OnOffRatio.DEFAULT_READ_FRACTION, 0.001, 1.0,
                    "read voltage relative to the largest of the sweep");

    public static final MeasurementKind KIND = MeasurementKind.of("on_off",
            "ON/OFF ratio of each sweep loop, read at 10 % of the largest voltage", List.of(READ_FRACTION),
            (n, p) -> new OnOffRatio(n, p.get("read_fraction")));

    public static final double DEFAULT_READ_FRACTION = 0.1;

    @Override
    public ResultTable analyse(TimeSeries run, AppliedStimulus stimulus) {
        double[] v = run.column("voltage");
        double[] i = run.column("current");
        double vMax = 0;
        for (double x : v) {
            vMax = Math.max(vMax, Math.abs(x));
        }
        double read = readFraction * vMax;
        List<double[]> loops = new ArrayList<>();
        double[] open = new double[4];
        int crossings = 0;
        for (int k = 1; k < v.length; k++) {
            for (int side = 0; side < 2; side++) {
                double level = side == 0 ? read : -read;
                double a = v[k - 1] - level;
                double b = v[k] - level;
                if (a == b || Math.signum(a) == Math.signum(b) || a == 0) {
                    continue;
                }
                double f = a / (a - b);
                double g = (i[k - 1] + f * (i[k] - i[k - 1])) / level;
                boolean outgoing = Math.abs(v[k]) > Math.abs(v[k - 1]);
                open[2 * side + (outgoing ? 0 : 1)] = g;
                crossings++;
                if (crossings == 4) {
                    loops.add(open.clone());
                    crossings = 0;
                }
            }
        }
        int n = loops.size();
        double[][] columns = new double[4][n];
        for (int c = 0; c < n; c++) {
            double[] l = loops.get(c);
            double positive = l[1] / l[0];
            double negative = l[3] / l[2];
            boolean usePositive = positive >= negative;
            columns[0][c] = c + 1;
            columns[1][c] = usePositive ? l[0] : l[2];
            columns[2][c] = usePositive ? l[1] : l[3];
            columns[3][c] = Math.max(positive, negative);
        }
        return new ResultTable(name, List.of(Column.of("loop", Column.ONE), Column.of("g_off", "S"), Column.of("g_on",
                "S"), Column.of("on_off", Column.ONE)), columns);
    }

    @Override
    public Figure figure(ResultTable table) {
        return new Figure(name, "ON/OFF ratio per loop", "loop", "G_on/G_off", true,
                List.of(new FigureSeries("on/off", table.column("loop"), table.column("on_off"))));
    }
}
