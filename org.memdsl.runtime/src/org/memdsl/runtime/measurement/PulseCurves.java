package org.memdsl.runtime.measurement;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import org.memdsl.runtime.result.Column;
import org.memdsl.runtime.result.Figure;
import org.memdsl.runtime.result.FigureSeries;
import org.memdsl.runtime.result.ResultTable;
import org.memdsl.runtime.result.ScalarResult;
import org.memdsl.runtime.result.TimeSeries;
import org.memdsl.runtime.stimulus.AppliedStimulus;
import org.memdsl.runtime.stimulus.PulseWindow;

/**
 * LTP/LTD figures of merit from programming pulses: the conductance of each pulse ({@code EPSC /
 * V}), positive pulses counted as potentiation and negative ones as depression; dynamic range
 * {@code G_max/G_min}; the number of distinguishable states (one plus the potentiation steps of at
 * least {@link #RESOLUTION} of the conductance span); and the nonlinearity {@code A} (in pulses) of
 * each direction from a {@link SaturatingFit}.
 */
public record PulseCurves(String name) implements Analysis {

    public static final MeasurementKind KIND = MeasurementKind.of("ltp_ltd",
            "conductance per pulse, dynamic range, distinguishable states, LTP/LTD nonlinearity", PulseCurves::new);

    /** Smallest potentiation step, relative to the conductance span, that counts as a new state. */
    public static final double RESOLUTION = 0.005;

    @Override
    public ResultTable analyse(TimeSeries run, AppliedStimulus stimulus) {
        List<PulseWindow> windows = PulseWindows.required(stimulus, name);
        double[] time = run.column("time");
        double[] charge = run.column("charge");
        int n = windows.size();
        double[] pulse = new double[n];
        double[] direction = new double[n];
        double[] conductance = new double[n];
        List<double[]> ltp = new ArrayList<>();
        List<double[]> ltd = new ArrayList<>();
        for (int k = 0; k < n; k++) {
            PulseWindow w = windows.get(k);
            pulse[k] = k + 1;
            direction[k] = Math.signum(w.amplitude());
            conductance[k] = Accumulated.meanRate(time, charge, w.start(), w.end()) / w.amplitude();
            List<double[]> branch = direction[k] > 0 ? ltp : ltd;
            branch.add(new double[] { branch.size(), conductance[k] });
        }
        double gMin = Arrays.stream(conductance).min().orElse(Double.NaN);
        double gMax = Arrays.stream(conductance).max().orElse(Double.NaN);
        int states = 1;
        for (int i = 1; i < ltp.size(); i++) {
            if (Math.abs(ltp.get(i)[1] - ltp.get(i - 1)[1]) >= RESOLUTION * (gMax - gMin)) {
                states++;
            }
        }
        String tooFew = "a nonlinearity fit needs at least " + SaturatingFit.MIN_POINTS + " pulses in that direction";
        return new ResultTable(name, List.of(Column.of("pulse", Column.ONE), Column.of("direction", Column.ONE),
                Column.of("conductance", "S")), new double[][] { pulse, direction, conductance }, List.of(
                        ScalarResult.number("dynamic_range", Column.ONE, gMax / gMin, "no conductance read"),
                        ScalarResult.number("states", Column.ONE, states, null),
                        ScalarResult.number("a_ltp", Column.ONE, shape(ltp), tooFew),
                        ScalarResult.number("a_ltd", Column.ONE, shape(ltd), tooFew)));
    }

    private static double shape(List<double[]> branch) {
        if (branch.size() < SaturatingFit.MIN_POINTS) {
            return Double.NaN;
        }
        double[] x = branch.stream().mapToDouble(p -> p[0]).toArray();
        double[] y = branch.stream().mapToDouble(p -> p[1]).toArray();
        return SaturatingFit.of(x, y).a();
    }

    @Override
    public Figure figure(ResultTable table) {
        String title = String.format(Locale.ROOT, "LTP/LTD: range %.3g, %.0f states, A_ltp %.3g, A_ltd %.3g",
                scalar(table, "dynamic_range"), scalar(table, "states"), scalar(table, "a_ltp"), scalar(table,
                        "a_ltd"));
        return new Figure(name, title, "pulse number", "conductance [S]", false,
                List.of(new FigureSeries("G", table.column("pulse"), table.column("conductance"))));
    }

    private static double scalar(ResultTable table, String name) {
        return table.scalar(name).map(ScalarResult::value).orElse(Double.NaN);
    }
}
