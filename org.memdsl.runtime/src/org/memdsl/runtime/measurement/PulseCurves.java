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
        double[] range = filled(n, gMax / gMin);
        double[] stateCount = filled(n, states);
        double[] aLtp = filled(n, shape(ltp));
        double[] aLtd = filled(n, shape(ltd));
        return new ResultTable(name, List.of("pulse", "direction", "conductance", "dynamic_range", "states", "a_ltp",
                "a_ltd"), new double[][] { pulse, direction, conductance, range, stateCount, aLtp, aLtd });
    }

    private static double shape(List<double[]> branch) {
        if (branch.size() < SaturatingFit.MIN_POINTS) {
            return Double.NaN;
        }
        double[] x = branch.stream().mapToDouble(p -> p[0]).toArray();
        double[] y = branch.stream().mapToDouble(p -> p[1]).toArray();
        return SaturatingFit.of(x, y).a();
    }

    private static double[] filled(int n, double value) {
        double[] out = new double[n];
        Arrays.fill(out, value);
        return out;
    }

    @Override
    public Figure figure(ResultTable table) {
        double range = table.rows() == 0 ? Double.NaN : table.column("dynamic_range")[0];
        String title = String.format("LTP/LTD: range %.3g, %d states, A_ltp %.3g, A_ltd %.3g", range,
                table.rows() == 0 ? 0 : (int) table.column("states")[0],
                table.rows() == 0 ? Double.NaN : table.column("a_ltp")[0],
                table.rows() == 0 ? Double.NaN : table.column("a_ltd")[0]);
        return new Figure(name, title, "pulse number", "conductance [S]", false,
                List.of(new FigureSeries("G", table.column("pulse"), table.column("conductance"))));
    }
}
