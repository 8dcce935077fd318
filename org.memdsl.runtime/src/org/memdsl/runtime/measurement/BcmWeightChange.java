package org.memdsl.runtime.measurement;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import org.memdsl.runtime.catalog.Parameter;
import org.memdsl.runtime.result.Column;
import org.memdsl.runtime.result.Figure;
import org.memdsl.runtime.result.FigureSeries;
import org.memdsl.runtime.result.ResultTable;
import org.memdsl.runtime.result.ScalarResult;
import org.memdsl.runtime.result.TimeSeries;
import org.memdsl.runtime.stimulus.AppliedStimulus;
import org.memdsl.runtime.stimulus.PulseWindow;

/**
 * BCM-like weight change per pulse train (paper A of docs/papers.md): {@code 100 %·(I_last − I_first)/
 * I_first}, where {@code I_first} and {@code I_last} are the mean EPSCs of the first and last
 * {@code edgePulses} pulses of the train, against the train's pulse frequency. Trains are the
 * pulse groups of the stimulus (one per part of a {@code rate_trains} protocol). From three trains
 * on, the curve is fitted with a parabola; when the measured changes have both signs, the
 * parabola's depression-to-potentiation root within the measured frequencies is reported
 * ({@link ParabolaFit}).
 */
public record BcmWeightChange(String name, int edgePulses) implements Analysis {

    static final Parameter EDGE_PULSES = Parameter.count("edge_pulses", BcmWeightChange.DEFAULT_EDGE_PULSES, 1, 1000,
                    "pulses averaged at the start and at the end of each train");

    public static final MeasurementKind KIND = MeasurementKind.of("bcm",
            "weight change per train against its frequency, from first and last 5 EPSCs", List.of(EDGE_PULSES),
            (n, p) -> new BcmWeightChange(n, p.count("edge_pulses")));

    public static final int DEFAULT_EDGE_PULSES = 5;

    @Override
    public ResultTable analyse(TimeSeries run, AppliedStimulus stimulus) {
        List<List<PulseWindow>> trains = PulseWindows.byGroup(stimulus, name);
        double[] time = run.column("time");
        double[] charge = run.column("charge");
        int n = trains.size();
        double[] frequency = new double[n];
        double[] change = new double[n];
        int row = 0;
        for (List<PulseWindow> train : trains) {
            if (train.size() < 2 * edgePulses) {
                throw new IllegalArgumentException("measurement '" + name + "' needs trains of at least "
                        + 2 * edgePulses + " pulses, got " + train.size());
            }
            frequency[row] = (train.size() - 1) / (train.get(train.size() - 1).start() - train.get(0).start());
            double first = meanEpsc(time, charge, train.subList(0, edgePulses));
            double last = meanEpsc(time, charge, train.subList(train.size() - edgePulses, train.size()));
            change[row] = 100.0 * (last - first) / first;
            row++;
        }
        double[] fit = new double[n];
        Arrays.fill(fit, Double.NaN);
        List<ScalarResult> scalars = new ArrayList<>();
        if (n >= ParabolaFit.MIN_POINTS) {
            ParabolaFit parabola = ParabolaFit.of(frequency, change);
            for (int i = 0; i < n; i++) {
                fit[i] = parabola.value(frequency[i]);
            }
            scalars.add(ScalarResult.number("fit_r_squared", Column.ONE, FitQuality.rSquared(change, fit),
                    "the weight changes are all equal"));
            double root = parabola.risingRoot();
            double lowest = Arrays.stream(frequency).min().orElseThrow();
            double highest = Arrays.stream(frequency).max().orElseThrow();
            boolean bothSigns = Arrays.stream(change).anyMatch(c -> c < 0)
                    && Arrays.stream(change).anyMatch(c -> c > 0);
            // A sign change is reported only where the measurements have one, inside their range.
            scalars.add(bothSigns && root >= lowest && root <= highest
                    ? ScalarResult.number("sign_change_frequency", "Hz", root, null)
                    : ScalarResult.missing("sign_change_frequency", "Hz", bothSigns
                            ? "the parabola's rising root lies outside the measured frequencies"
                            : "the weight change has one sign at every frequency"));
        } else {
            scalars.add(ScalarResult.missing("sign_change_frequency", "Hz", "a parabola needs at least "
                    + ParabolaFit.MIN_POINTS + " trains, got " + n));
        }
        return new ResultTable(name, List.of(Column.stated("frequency", "Hz"), Column.of("weight_change_percent", "%"),
                Column.of("fit_percent", "%")), new double[][] { frequency, change, fit }, scalars);
    }

    private static double meanEpsc(double[] time, double[] charge, List<PulseWindow> pulses) {
        double sum = 0;
        for (PulseWindow w : pulses) {
            sum += Accumulated.meanRate(time, charge, w.start(), w.end());
        }
        return sum / pulses.size();
    }

    @Override
    public Figure figure(ResultTable table) {
        List<FigureSeries> series = new ArrayList<>();
        series.add(new FigureSeries("100·(I_last−I_first)/I_first", table.column("frequency"),
                table.column("weight_change_percent")));
        String title = "Weight change per train (BCM)";
        if (table.rows() >= ParabolaFit.MIN_POINTS) {
            double r2 = table.scalar("fit_r_squared").map(ScalarResult::value).orElse(Double.NaN);
            series.add(new FigureSeries(String.format(Locale.ROOT, "parabola (R² = %.3f)", r2),
                    table.column("frequency"),
                    table.column("fit_percent")));
            double root = table.scalar("sign_change_frequency").map(ScalarResult::value).orElse(Double.NaN);
            if (!Double.isNaN(root)) {
                title += String.format(Locale.ROOT, " (sign change at %.3g Hz)", root);
            }
        }
        return new Figure(name, title, "pulse frequency [Hz]", "weight change [%]", false, series);
    }
}
