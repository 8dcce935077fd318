package org.memdsl.runtime.measurement;

import java.util.ArrayList;
import java.util.List;

import org.memdsl.runtime.result.Column;
import org.memdsl.runtime.result.Figure;
import org.memdsl.runtime.result.FigureSeries;
import org.memdsl.runtime.result.ResultTable;
import org.memdsl.runtime.result.TimeSeries;
import org.memdsl.runtime.stimulus.AppliedStimulus;
import org.memdsl.runtime.stimulus.PulseWindow;

/**
 * The analog programming-window map of paper C from a {@code programming_map} stimulus: per
 * amplitude (pulse group) the conductance of every read ({@code I/V_read}, the reads being the
 * smallest pulses), the running dynamic range {@code G_max/G_min} against pulse number, and the
 * class of the amplitude by its range after the train: below {@link #NO_CHANGE} no change (0),
 * up to {@link #DIGITAL} analog (1), above it digital (2). One row per amplitude and read.
 */
public record ProgrammingWindow(String name) implements Analysis {

    public static final MeasurementKind KIND = MeasurementKind.of("programming_window",
            "G_max/G_min per amplitude and pulse of a programming_map, classed none / analog / digital",
            ProgrammingWindow::new);

    /**
     * A range below this is "no change": paper C's "on/off ratio &lt; 1" read with a 10 % margin, as
     * a range {@code G_max/G_min} is never below 1.
     */
    public static final double NO_CHANGE = 1.1;
    /** A range above this is digital switching (paper C). */
    public static final double DIGITAL = 100;

    @Override
    public ResultTable analyse(TimeSeries run, AppliedStimulus stimulus) {
        double[] time = run.column("time");
        double[] charge = run.column("charge");
        List<double[]> rows = new ArrayList<>();
        for (List<PulseWindow> block : PulseWindows.byGroup(stimulus, name)) {
            double read = PulseWindows.readAmplitude(block);
            PulseWindow lastProgramming = null;
            List<Double> conductances = new ArrayList<>();
            for (PulseWindow w : block) {
                if (Math.abs(w.amplitude()) == read) {
                    conductances.add(Accumulated.meanRate(time, charge, w.start(), w.end()) / w.amplitude());
                } else {
                    lastProgramming = w;
                }
            }
            if (lastProgramming == null || conductances.size() < 2) {
                throw new IllegalArgumentException("measurement '" + name
                        + "' needs blocks of programming pulses with reads (a programming_map stimulus)");
            }
            double low = Double.POSITIVE_INFINITY;
            double high = Double.NEGATIVE_INFINITY;
            int first = rows.size();
            for (int k = 0; k < conductances.size(); k++) {
                double g = conductances.get(k);
                low = Math.min(low, g);
                high = Math.max(high, g);
                rows.add(new double[] { lastProgramming.amplitude(), k, g, high / low, 0 });
            }
            double cls = classOf(high / low);
            for (int r = first; r < rows.size(); r++) {
                rows.get(r)[4] = cls;
            }
        }
        double[][] columns = new double[5][rows.size()];
        for (int r = 0; r < rows.size(); r++) {
            for (int c = 0; c < 5; c++) {
                columns[c][r] = rows.get(r)[c];
            }
        }
        return new ResultTable(name, List.of(Column.stated("amplitude", "V"), Column.of("pulse", Column.ONE),
                Column.of("conductance", "S"), Column.of("range", Column.ONE), Column.of("class", Column.ONE)),
                columns);
    }

    /** 0 no change, 1 analog, 2 digital. */
    public static int classOf(double range) {
        return range < NO_CHANGE ? 0 : range <= DIGITAL ? 1 : 2;
    }

    @Override
    public Figure figure(ResultTable table) {
        double[] amplitude = table.column("amplitude");
        double[] range = table.column("range");
        double[] pulse = table.column("pulse");
        java.util.TreeMap<Double, Double> positive = new java.util.TreeMap<>();
        java.util.TreeMap<Double, Double> negative = new java.util.TreeMap<>();
        double lowest = Double.MAX_VALUE;
        double highest = -Double.MAX_VALUE;
        for (int r = 0; r < amplitude.length; r++) {
            boolean lastOfBlock = r + 1 == amplitude.length || pulse[r + 1] == 0;
            if (lastOfBlock) {
                (amplitude[r] >= 0 ? positive : negative).put(amplitude[r], range[r]);
                lowest = Math.min(lowest, amplitude[r]);
                highest = Math.max(highest, amplitude[r]);
            }
        }
        // each polarity its own line, in order of amplitude: a line from +1.5 V to −0.9 V would mean nothing
        List<FigureSeries> series = new ArrayList<>();
        if (!positive.isEmpty()) {
            series.add(branch("positive amplitudes", positive));
        }
        if (!negative.isEmpty()) {
            series.add(branch("negative amplitudes", negative));
        }
        series.add(new FigureSeries("analog limit", new double[] { lowest, highest }, new double[] { DIGITAL, DIGITAL },
                FigureSeries.Role.FIT));
        return new Figure(name, "Programming window: G_max/G_min after the train (analog 1.1–100)",
                "pulse amplitude [V]", "G_max/G_min", true, series);
    }

    private static FigureSeries branch(String label, java.util.TreeMap<Double, Double> byAmplitude) {
        return new FigureSeries(label, byAmplitude.keySet().stream().mapToDouble(Double::doubleValue).toArray(),
                byAmplitude.values().stream().mapToDouble(Double::doubleValue).toArray());
    }
}
