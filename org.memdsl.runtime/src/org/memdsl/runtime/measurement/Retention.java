package org.memdsl.runtime.measurement;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import org.memdsl.runtime.catalog.Dimension;
import org.memdsl.runtime.result.Column;
import org.memdsl.runtime.result.Figure;
import org.memdsl.runtime.result.FigureSeries;
import org.memdsl.runtime.result.ResultTable;
import org.memdsl.runtime.result.ScalarResult;
import org.memdsl.runtime.result.TimeSeries;
import org.memdsl.runtime.stimulus.AppliedStimulus;
import org.memdsl.runtime.stimulus.PulseWindow;

/**
 * Retention after programming, read either by pulses or by a constant bias. Read pulses are the
 * pulses of the smallest amplitude that follow the last larger (programming) pulse; each gives a
 * conductance {@code EPSC/V}. Without read pulses, a constant non-zero voltage after the last pulse
 * is a read bias (paper C reads its LRS at 0.1 V, docs/papers.md#paper-c): every sample on it gives
 * {@code I/V}. Conductances are normalised to the first read. Retention times are where the
 * normalised conductance first falls below 90 % and 50 % (linear interpolation between reads,
 * counted from the end of programming; NaN if it never does).
 */
public record Retention(String name) implements Analysis {

    public static final MeasurementKind KIND = MeasurementKind.of("retention",
            "conductance of the read pulses (or of a read bias) after programming, 90 % and 50 % retention times",
            Retention::new);

    /** How a protocol reads the programmed state. */
    private record Reads(double programmed, List<PulseWindow> pulses, double bias) {
    }

    private Reads reads(AppliedStimulus stimulus) {
        List<PulseWindow> windows = PulseWindows.required(stimulus, name);
        double read = PulseWindows.readAmplitude(windows);
        int firstRead = windows.size();
        while (firstRead > 0 && Math.abs(windows.get(firstRead - 1).amplitude()) == read) {
            firstRead--;
        }
        if (firstRead > 0 && firstRead < windows.size()) {
            return new Reads(windows.get(firstRead - 1).end(), windows.subList(firstRead, windows.size()), 0.0);
        }
        double programmed = windows.get(windows.size() - 1).end();
        double end = stimulus.voltage().duration();
        double bias = end > programmed ? stimulus.voltage().value(0.5 * (programmed + end)) : 0.0;
        if (bias == 0.0) {
            throw new IllegalArgumentException("measurement '" + name
                    + "' needs programming pulses followed by smaller read pulses or by a constant read bias");
        }
        return new Reads(programmed, List.of(), bias);
    }

    @Override
    public void check(AppliedStimulus stimulus) {
        reads(stimulus);
    }

    @Override
    public ResultTable analyse(TimeSeries run, AppliedStimulus stimulus) {
        Reads reads = reads(stimulus);
        double[] time = run.column("time");
        double[] at;
        double[] g;
        if (reads.pulses().isEmpty()) {
            double[] voltage = run.column("voltage");
            double[] current = run.column("current");
            double[] t = new double[time.length];
            double[] conductance = new double[time.length];
            int n = 0;
            for (int k = 0; k < time.length; k++) {
                if (time[k] > reads.programmed() && stimulus.voltage().value(time[k]) == reads.bias()
                        && (n == 0 || time[k] - reads.programmed() > t[n - 1])) {
                    t[n] = time[k] - reads.programmed();
                    conductance[n++] = current[k] / voltage[k];
                }
            }
            at = Arrays.copyOf(t, n);
            g = Arrays.copyOf(conductance, n);
        } else {
            double[] charge = run.column("charge");
            int n = reads.pulses().size();
            at = new double[n];
            g = new double[n];
            for (int k = 0; k < n; k++) {
                PulseWindow w = reads.pulses().get(k);
                at[k] = w.start() - reads.programmed();
                g[k] = Accumulated.meanRate(time, charge, w.start(), w.end()) / w.amplitude();
            }
        }
        int n = at.length;
        double[] normalised = new double[n];
        for (int k = 0; k < n; k++) {
            normalised[k] = g[k] / g[0];
        }
        String never = "the conductance stays above that level over the reads ("
                + (n == 0 ? "none" : Dimension.rounded(at[n - 1]) + " s") + ")";
        return new ResultTable(name, List.of(Column.stated("time", "s"), Column.of("conductance", "S"),
                Column.of("normalised", Column.ONE)), new double[][] { at, g, normalised }, List.of(
                        ScalarResult.number("retention_90", "s", timeBelow(at, normalised, 0.9), never),
                        ScalarResult.number("retention_50", "s", timeBelow(at, normalised, 0.5), never)));
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
        double t50 = table.scalar("retention_50").map(ScalarResult::value).orElse(Double.NaN);
        double[] time = table.column("time");
        boolean logTime = time.length > 1 && time[0] > 0;
        String title = Double.isNaN(t50) ? "Retention (above 50 % throughout)"
                : String.format(Locale.ROOT, "Retention (50 %% after %.3g s)", t50);
        return new Figure(name, title, "time after programming [s]", "conductance [S]", logTime, true, series);
    }
}
