package org.memdsl.runtime.measurement;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.memdsl.runtime.result.Column;
import org.memdsl.runtime.result.Figure;
import org.memdsl.runtime.result.FigureSeries;
import org.memdsl.runtime.result.ResultTable;
import org.memdsl.runtime.result.TimeSeries;
import org.memdsl.runtime.stimulus.AppliedStimulus;
import org.memdsl.runtime.stimulus.PulseWindow;
import org.memdsl.runtime.stimulus.StdpProtocol;

/**
 * STDP window: the weight change {@code Δw = 100·(I_after − I_before)/I_before} of each pre/post
 * pairing of an {@link StdpProtocol}, from the mean currents of the read pulses around it, averaged
 * over the repeats of each {@code Δt}.
 */
public record StdpWindow(String name) implements Analysis {

    public static final MeasurementKind KIND = MeasurementKind.of("stdp_window",
            "weight change of each pre/post pairing against Δt (stdp stimulus)", StdpWindow::new);

    @Override
    public ResultTable analyse(TimeSeries run, AppliedStimulus stimulus) {
        if (!(stimulus.voltage() instanceof StdpProtocol protocol)) {
            throw new IllegalArgumentException("measurement '" + name + "' needs an stdp stimulus");
        }
        List<PulseWindow> reads = PulseWindows.required(stimulus, name);
        double[] deltas = protocol.pairingDeltas();
        double[] time = run.column("time");
        double[] charge = run.column("charge");
        Map<Double, List<Double>> byDelta = new TreeMap<>();
        for (int k = 0; k < deltas.length; k++) {
            PulseWindow before = reads.get(2 * k);
            PulseWindow after = reads.get(2 * k + 1);
            double i0 = Accumulated.meanRate(time, charge, before.start(), before.end());
            double i1 = Accumulated.meanRate(time, charge, after.start(), after.end());
            byDelta.computeIfAbsent(deltas[k], d -> new ArrayList<>()).add(100.0 * (i1 - i0) / i0);
        }
        double[] delta = new double[byDelta.size()];
        double[] change = new double[byDelta.size()];
        int row = 0;
        for (var entry : byDelta.entrySet()) {
            delta[row] = entry.getKey();
            change[row] = entry.getValue().stream().mapToDouble(Double::doubleValue).average().orElseThrow();
            row++;
        }
        return new ResultTable(name, List.of(Column.stated("delta_t", "s"), Column.of("weight_change_percent", "%")),
                new double[][] { delta, change });
    }

    @Override
    public Figure figure(ResultTable table) {
        return new Figure(name, "STDP window", "Δt = t_post − t_pre [s]", "Δw [%]", false,
                List.of(new FigureSeries("Δw", table.column("delta_t"), table.column("weight_change_percent"))));
    }
}
