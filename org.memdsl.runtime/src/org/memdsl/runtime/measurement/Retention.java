package org.memdsl.runtime.measurement;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.memdsl.runtime.result.Figure;
import org.memdsl.runtime.result.FigureSeries;
import org.memdsl.runtime.result.ResultTable;
import org.memdsl.runtime.result.TimeSeries;
import org.memdsl.runtime.stimulus.AppliedStimulus;
import org.memdsl.runtime.stimulus.PulseWindow;

/**
 * Retention after programming: the read pulses are the pulses of the smallest amplitude that follow
 * the last larger (programming) pulse; each gives a conductance {@code EPSC/V}, normalised to the
 * first read. Retention times are where the normalised conductance first falls below 90 % and
 * 50 % (linear interpolation between reads, counted from the end of programming; NaN if it never
 * does).
 */
public record Retention(String name) implements Analysis {

    public static final MeasurementKind KIND = MeasurementKind.of("retention",
            "conductance of the read pulses after programming, 90 % and 50 % retention times", Retention::new);

    @Override
    public ResultTable analyse(TimeSeries run, AppliedStimulus stimulus) {
        List<PulseWindow> windows = PulseWindows.required(stimulus, name);
        double read = PulseWindows.readAmplitude(windows);
        int firstRead = windows.size();
        while (firstRead > 0 && Math.abs(windows.get(firstRead - 1).amplitude()) == read) {
            firstRead--;
        }
        if (firstRead == 0 || firstRead == windows.size()) {
            throw new IllegalArgumentException("measurement '" + name
                    + "' needs programming pulses followed by smaller read pulses");
        }
        double programmed = windows.get(firstRead - 1).end();
        double[] time = run.column("time");
        double[] charge = run.column("charge");
        List<PulseWindow> reads = windows.subList(firstRead, windows.size());
        int n = reads.size();
        double[] at = new double[n];
        double[] g = new double[n];
        double[] normalised = new double[n];
        for (int k = 0; k < n; k++) {
            PulseWindow w = reads.get(k);
            at[k] = w.start() - programmed;
            g[k] = Accumulated.meanRate(time, charge, w.start(), w.end()) / w.amplitude();
            normalised[k] = g[k] / g[0];
        }
        double[] t90 = new double[n];
        double[] t50 = new double[n];
        Arrays.fill(t90, timeBelow(at, normalised, 0.9));
        Arrays.fill(t50, timeBelow(at, normalised, 0.5));
        return new ResultTable(name, List.of("time", "conductance", "normalised", "retention_90", "retention_50"),
                new double[][] { at, g, normalised, t90, t50 });
    }

    static double timeBelow(double[] time, double[] values, double level) {
        for (int k = 1; k < values.length; k++) {
            if (values[k] < level && values[k - 1] >= level) {
                return time[k - 1] + (time[k] - time[k - 1]) * (values[k - 1] - level) / (values[k - 1] - values[k]);
            }
        }
        return Double.NaN;
    }

    @Override
    public Figure figure(ResultTable table) {
        List<FigureSeries> series = new ArrayList<>();
        series.add(new FigureSeries("G", table.column("time"), table.column("conductance")));
        double t50 = table.rows() == 0 ? Double.NaN : table.column("retention_50")[0];
        return new Figure(name, String.format("Retention (50 %% after %.3g s)", t50), "time after programming [s]",
                "conductance [S]", true, series);
    }
}
