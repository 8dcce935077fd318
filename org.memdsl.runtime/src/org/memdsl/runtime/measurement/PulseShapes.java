package org.memdsl.runtime.measurement;

import java.util.ArrayList;
import java.util.List;

import org.memdsl.runtime.catalog.Dimension;
import org.memdsl.runtime.catalog.Parameter;
import org.memdsl.runtime.catalog.Values;
import org.memdsl.runtime.result.Column;
import org.memdsl.runtime.result.Figure;
import org.memdsl.runtime.result.FigureSeries;
import org.memdsl.runtime.result.ResultTable;
import org.memdsl.runtime.result.TimeSeries;
import org.memdsl.runtime.stimulus.AppliedStimulus;
import org.memdsl.runtime.stimulus.PulseWindow;

/**
 * The current during chosen pulses of a train, overlaid against the time since each plateau began,
 * as paper A shows pulses 1, 2, 3, 4, 10, 30 and 100 of its trains (supplementary Fig. S3,
 * docs/papers.md#paper-a): a capacitive-like train falls from pulse to pulse, an inductive-like one
 * rises. The time grid is that of the first chosen pulse; the others are interpolated linearly.
 */
public record PulseShapes(String name, int[] pulses) implements Analysis {

    public static final MeasurementKind KIND = MeasurementKind.of("pulse_shapes",
            "current of chosen pulses against the time since each began, overlaid",
            List.of(Parameter.list("pulses", Dimension.DIMENSIONLESS, 1, 1e7, "pulse numbers, 1 for the first")),
            Values.builder().list("pulses", 1, 2).build(),
            (name, p) -> new PulseShapes(name, pulseNumbers(p.list("pulses"))));

    private static int[] pulseNumbers(double[] values) {
        int[] numbers = new int[values.length];
        for (int k = 0; k < values.length; k++) {
            if (values[k] != Math.rint(values[k])) {
                throw new IllegalArgumentException("pulse numbers are whole numbers, not " + values[k]);
            }
            numbers[k] = (int) values[k];
        }
        return numbers;
    }

    /** Share of the pulse width kept clear of each edge when reading the plateau. */
    private static final double EDGE = 1e-9;

    @Override
    public void check(AppliedStimulus stimulus) {
        int count = PulseWindows.required(stimulus, name).size();
        for (int p : pulses) {
            if (p > count) {
                throw new IllegalArgumentException("measurement '" + name + "' asks for pulse " + p + " of a protocol"
                        + " with " + count + " pulses");
            }
        }
    }

    @Override
    public ResultTable analyse(TimeSeries run, AppliedStimulus stimulus) {
        check(stimulus);
        List<PulseWindow> windows = PulseWindows.required(stimulus, name);
        double[] time = run.column("time");
        double[] current = run.column("current");
        PulseWindow first = windows.get(pulses[0] - 1);
        List<Double> grid = new ArrayList<>();
        for (double t : time) {
            boolean inside = t >= first.start() && t <= first.end();
            if (inside && (grid.isEmpty() || t - first.start() > grid.get(grid.size() - 1))) {
                grid.add(t - first.start());
            }
        }
        List<Column> columns = new ArrayList<>(List.of(Column.stated("time_in_pulse", "s")));
        double[][] data = new double[pulses.length + 1][grid.size()];
        for (int r = 0; r < grid.size(); r++) {
            data[0][r] = grid.get(r);
        }
        for (int k = 0; k < pulses.length; k++) {
            PulseWindow w = windows.get(pulses[k] - 1);
            columns.add(Column.of("pulse_" + pulses[k], "A"));
            for (int r = 0; r < grid.size(); r++) {
                // inside the plateau: at its very edges a sample may already be the other side of the step
                double at = Math.max(EDGE * w.width(), Math.min(grid.get(r), (1 - EDGE) * w.width()));
                data[k + 1][r] = interpolate(time, current, w.start() + at);
            }
        }
        return new ResultTable(name, columns, data);
    }

    private static double interpolate(double[] time, double[] values, double t) {
        int hi = java.util.Arrays.binarySearch(time, t);
        if (hi >= 0) {
            return values[hi];
        }
        hi = -hi - 1;
        if (hi == 0) {
            return values[0];
        }
        if (hi >= time.length) {
            return values[time.length - 1];
        }
        int lo = hi - 1;
        double f = (t - time[lo]) / (time[hi] - time[lo]);
        return values[lo] + f * (values[hi] - values[lo]);
    }

    @Override
    public Figure figure(ResultTable table) {
        List<FigureSeries> series = new ArrayList<>();
        for (int k = 0; k < pulses.length; k++) {
            series.add(new FigureSeries("pulse " + pulses[k], table.column("time_in_pulse"),
                    table.column("pulse_" + pulses[k])));
        }
        return new Figure(name, "Chosen pulses overlaid", "time since the pulse began [s]", "current [A]", false,
                series);
    }
}
