package org.memdsl.runtime.measurement;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.TreeMap;

import org.hipparchus.exception.MathRuntimeException;
import org.memdsl.runtime.result.Column;
import org.memdsl.runtime.result.Figure;
import org.memdsl.runtime.result.FigureSeries;
import org.memdsl.runtime.result.ResultTable;
import org.memdsl.runtime.result.ScalarResult;
import org.memdsl.runtime.result.TimeSeries;
import org.memdsl.runtime.stimulus.AppliedStimulus;
import org.memdsl.runtime.stimulus.PulseWindow;

/**
 * Paired-pulse facilitation in both conventions of the literature, per inter-pulse interval and
 * averaged over the pairs given for that interval: the index {@code 100 %·(I2 − I1)/I1} (paper A
 * of docs/papers.md) and the ratio {@code A2/A1} (paper D), with {@code I1, I2} the mean currents of the
 * two plateaus. Pulses are taken in pairs in time order; the interval is the time from the end of
 * the first plateau to the start of the second. With at least five intervals the index is fitted
 * with a fast and a slow exponential ({@link TwoExponentialFit}).
 */
public record PairedPulseFacilitation(String name) implements Analysis {

    public static final MeasurementKind KIND = MeasurementKind.of("ppf",
            "paired-pulse facilitation per interval, 100·(I2−I1)/I1 and A2/A1", PairedPulseFacilitation::new);

    /** Why an index or ratio is missing: it divides by the first pulse's response. */
    private static final String ZERO_FIRST = "the first pulse of the pair draws no current, so I2/I1 is undefined";

    /** Intervals are grouped on this grid (1 ps), which absorbs rounding in the pulse times. */
    private static final double INTERVAL_GRID = 1e-12;

    @Override
    public void check(AppliedStimulus stimulus) {
        pairedWindows(stimulus);
    }

    private List<PulseWindow> pairedWindows(AppliedStimulus stimulus) {
        List<PulseWindow> windows = PulseWindows.required(stimulus, name);
        if (windows.size() % 2 != 0) {
            throw new IllegalArgumentException("measurement '" + name + "' needs pulses in pairs, got "
                    + windows.size() + (windows.size() == 1 ? " pulse" : " pulses"));
        }
        return windows;
    }

    @Override
    public ResultTable analyse(TimeSeries run, AppliedStimulus stimulus) {
        List<PulseWindow> windows = pairedWindows(stimulus);
        double[] time = run.column("time");
        double[] charge = run.column("charge");
        TreeMap<Double, List<double[]>> byInterval = new TreeMap<>();
        for (int k = 0; k < windows.size(); k += 2) {
            PulseWindow first = windows.get(k);
            PulseWindow second = windows.get(k + 1);
            double interval = second.start() - first.end();
            double i1 = Accumulated.meanRate(time, charge, first.start(), first.end());
            double i2 = Accumulated.meanRate(time, charge, second.start(), second.end());
            double key = Math.rint(interval / INTERVAL_GRID) * INTERVAL_GRID;
            byInterval.computeIfAbsent(key, x -> new ArrayList<>()).add(new double[] { i1, i2 });
        }
        int n = byInterval.size();
        double[] interval = new double[n];
        double[] index = new double[n];
        double[] ratio = new double[n];
        double[] pairs = new double[n];
        int row = 0;
        for (var entry : byInterval.entrySet()) {
            double sumIndex = 0;
            double sumRatio = 0;
            for (double[] pair : entry.getValue()) {
                sumIndex += 100.0 * (pair[1] - pair[0]) / pair[0];
                sumRatio += pair[1] / pair[0];
            }
            interval[row] = entry.getKey();
            pairs[row] = entry.getValue().size();
            index[row] = sumIndex / pairs[row];
            ratio[row] = sumRatio / pairs[row];
            row++;
        }
        double[] fit = new double[n];
        Arrays.fill(fit, Double.NaN);
        List<ScalarResult> scalars = new ArrayList<>();
        String why = "a two-exponential fit needs at least " + TwoExponentialFit.MIN_POINTS + " intervals, got " + n;
        if (Arrays.stream(index).anyMatch(v -> !Double.isFinite(v))) {
            why = "no fit: an interval has no index, as " + ZERO_FIRST;
        } else if (n >= TwoExponentialFit.MIN_POINTS) {
            try {
                TwoExponentialFit decay = TwoExponentialFit.of(interval, index);
                why = decay.doesNotFit();
                scalars.add(ScalarResult.number("fit_r_squared", Column.ONE, decay.rSquared(),
                        "no variance to explain"));
                scalars.add(ScalarResult.number("fit_rms_residual", "%", decay.rms(), "not computed"));
                if (why == null) {
                    for (int i = 0; i < n; i++) {
                        fit[i] = decay.value(interval[i]);
                    }
                    scalars.add(ScalarResult.number("fit_c1", "%", decay.c1(), why));
                    scalars.add(ScalarResult.number("fit_tau1", "s", decay.tau1(), why));
                    scalars.add(ScalarResult.number("fit_c2", "%", decay.c2(), why));
                    scalars.add(ScalarResult.number("fit_tau2", "s", decay.tau2(), why));
                }
            } catch (MathRuntimeException e) {
                why = "the two-exponential fit did not converge: " + e.getMessage();
            }
        }
        if (why != null) {
            scalars.add(ScalarResult.missing("fit_tau1", "s", why));
            scalars.add(ScalarResult.missing("fit_tau2", "s", why));
        }
        return new ResultTable(name, List.of(Column.stated("interval", "s"),
                Column.of("ppf_percent", "%").missingWhen(ZERO_FIRST),
                Column.of("a2_over_a1", Column.ONE).missingWhen(ZERO_FIRST), Column.of("pairs", Column.ONE),
                Column.of("fit_percent", "%").missingWhen(why == null ? Column.NOT_COMPUTABLE : why)),
                new double[][] { interval, index, ratio, pairs, fit }, scalars);
    }

    @Override
    public Figure figure(ResultTable table) {
        List<FigureSeries> series = new ArrayList<>();
        series.add(new FigureSeries("100·(I2−I1)/I1", table.column("interval"), table.column("ppf_percent")));
        String title = "Paired-pulse facilitation";
        double tau1 = table.scalar("fit_tau1").map(ScalarResult::value).orElse(Double.NaN);
        if (!Double.isNaN(tau1)) {
            double tau2 = table.scalar("fit_tau2").orElseThrow().value();
            double r2 = table.scalar("fit_r_squared").orElseThrow().value();
            series.add(new FigureSeries(String.format(Locale.ROOT, "two-exponential fit (R² = %.3f)", r2),
                    table.column("interval"), table.column("fit_percent")));
            title += String.format(Locale.ROOT, " (τ1 = %.3g s, τ2 = %.3g s)", tau1, tau2);
        }
        return new Figure(name, title, "interval [s]", "PPF index [%]", false, series);
    }
}
