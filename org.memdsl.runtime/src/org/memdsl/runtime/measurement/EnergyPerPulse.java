package org.memdsl.runtime.measurement;

import java.util.List;

import org.memdsl.runtime.result.Column;
import org.memdsl.runtime.result.Figure;
import org.memdsl.runtime.result.FigureSeries;
import org.memdsl.runtime.result.ResultTable;
import org.memdsl.runtime.result.TimeSeries;
import org.memdsl.runtime.stimulus.AppliedStimulus;
import org.memdsl.runtime.stimulus.PulseWindow;

/**
 * Electrical energy of each update, {@code E = ∫ I·V dt} over the pulse plateau (the metric
 * {@code Ec = V·I·t} of the synapse literature when I and V are constant), in J.
 */
public record EnergyPerPulse(String name) implements Analysis {

    public static final MeasurementKind KIND = MeasurementKind.of("energy",
            "energy of each pulse, ∫ I·V dt over the plateau", EnergyPerPulse::new);

    @Override
    public ResultTable analyse(TimeSeries run, AppliedStimulus stimulus) {
        List<PulseWindow> windows = PulseWindows.required(stimulus, name);
        double[] time = run.column("time");
        double[] accumulated = run.column("energy");
        double[] index = new double[windows.size()];
        double[] energy = new double[windows.size()];
        for (int k = 0; k < windows.size(); k++) {
            PulseWindow w = windows.get(k);
            index[k] = k + 1;
            energy[k] = Accumulated.between(time, accumulated, w.start(), w.end());
        }
        return new ResultTable(name, List.of(Column.of("pulse", Column.ONE), Column.of("energy", "J")),
                new double[][] { index, energy });
    }

    @Override
    public Figure figure(ResultTable table) {
        return new Figure(name, "Energy per pulse", "pulse number", "energy [J]", true,
                List.of(new FigureSeries("E = ∫ I·V dt", table.column("pulse"), table.column("energy"))));
    }
}
