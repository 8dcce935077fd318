package org.memdsl.runtime.measurement;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.memdsl.runtime.result.Column;
import org.memdsl.runtime.result.Figure;
import org.memdsl.runtime.result.FigureSeries;
import org.memdsl.runtime.result.FigureSeries.Role;
import org.memdsl.runtime.result.ResultTable;
import org.memdsl.runtime.result.TimeSeries;
import org.memdsl.runtime.stimulus.AppliedStimulus;

/**
 * Current against voltage over the whole run, sample by sample with its time and the loop it
 * belongs to (a loop starts each time the voltage leaves its starting value the way it first
 * did), drawn as |I| on a logarithmic axis with arrows along the sweep; several loops are drawn
 * thin and grey under their median.
 */
public record IvLoop(String name) implements Analysis {

    public static final MeasurementKind KIND = MeasurementKind.of("iv",
            "current against voltage (I–V loop)", IvLoop::new);

    /** From this many loops on, the figure shows every loop grey and their median bold. */
    static final int OVERLAY_FROM = 3;

    /** Points of the median loop. */
    private static final int MEDIAN_POINTS = 400;

    @Override
    public ResultTable analyse(TimeSeries run, AppliedStimulus stimulus) {
        double[] voltage = run.column("voltage");
        double[] current = run.column("current");
        double[] magnitude = new double[current.length];
        for (int i = 0; i < current.length; i++) {
            magnitude[i] = Math.abs(current[i]);
        }
        return new ResultTable(name, List.of(Column.stated("time", "s"), Column.of("loop", Column.ONE),
                Column.stated("voltage", "V"), Column.of("current", "A"), Column.of("abs_current", "A")),
                new double[][] { run.column("time"), loops(voltage), voltage, current, magnitude });
    }

    /** The loop (from 1) of each sample. */
    static double[] loops(double[] voltage) {
        double[] loop = new double[voltage.length];
        if (voltage.length == 0) {
            return loop;
        }
        double start = voltage[0];
        int k = 1;
        while (k < voltage.length && voltage[k] == start) {
            k++;
        }
        double direction = k < voltage.length ? Math.signum(voltage[k] - start) : 0;
        int current = 1;
        Arrays.fill(loop, 0, k, current);
        for (; k < voltage.length; k++) {
            boolean leaves = Math.signum(voltage[k] - start) == direction && Math.signum(voltage[k - 1] - start)
                    != direction;
            if (leaves && k > 1) {
                current++;
            }
            loop[k] = current;
        }
        return loop;
    }

    @Override
    public Figure figure(ResultTable table) {
        double[] loop = table.column("loop");
        double[] voltage = table.column("voltage");
        double[] magnitude = table.column("abs_current");
        int loops = loop.length == 0 ? 0 : (int) loop[loop.length - 1];
        if (loops < OVERLAY_FROM) {
            return new Figure(name, "I–V loop", "voltage [V]", "|current| [A]", true,
                    List.of(new FigureSeries("|I|", voltage, magnitude, Role.DATA, true)));
        }
        List<FigureSeries> series = new ArrayList<>();
        List<double[][]> resampled = new ArrayList<>();
        int from = 0;
        for (int l = 1; l <= loops; l++) {
            int to = from;
            while (to < loop.length && loop[to] == l) {
                to++;
            }
            double[] v = Arrays.copyOfRange(voltage, from, to);
            double[] i = Arrays.copyOfRange(magnitude, from, to);
            series.add(new FigureSeries("each of " + loops + " loops", v, i, Role.REPEAT));
            resampled.add(resample(v, i));
            from = to;
        }
        double[] medianV = resampled.get(0)[0];
        double[] medianI = new double[MEDIAN_POINTS];
        double[] column = new double[loops];
        for (int p = 0; p < MEDIAN_POINTS; p++) {
            for (int l = 0; l < loops; l++) {
                column[l] = resampled.get(l)[1][p];
            }
            Arrays.sort(column);
            medianI[p] = loops % 2 == 1 ? column[loops / 2] : 0.5 * (column[loops / 2 - 1] + column[loops / 2]);
        }
        series.add(new FigureSeries("median of " + loops + " loops", medianV, medianI, Role.SUMMARY, true));
        return new Figure(name, "I–V loops (" + loops + ")", "voltage [V]", "|current| [A]", true, series);
    }

    /** A loop at {@link #MEDIAN_POINTS} equal shares of its samples, so loops can be compared point by point. */
    private static double[][] resample(double[] v, double[] i) {
        double[][] out = new double[2][MEDIAN_POINTS];
        for (int p = 0; p < MEDIAN_POINTS; p++) {
            double at = (v.length - 1) * (double) p / (MEDIAN_POINTS - 1);
            int k = Math.min((int) at, Math.max(0, v.length - 2));
            double f = v.length < 2 ? 0 : at - k;
            out[0][p] = v.length < 2 ? v[0] : v[k] + f * (v[k + 1] - v[k]);
            out[1][p] = v.length < 2 ? i[0] : i[k] + f * (i[k + 1] - i[k]);
        }
        return out;
    }
}
