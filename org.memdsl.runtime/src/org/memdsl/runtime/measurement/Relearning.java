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
 * Learning–forgetting–relearning: the pulses are in trains (pulse groups) separated by rests; the
 * level learnt is the EPSC of the first train's last pulse, and each train reports how many of its
 * pulses it takes to reach that level (the first train: all of them; NaN if a train never does).
 * Relearning that needs fewer pulses shows a memory that outlasted the forgetting.
 */
public record Relearning(String name) implements Analysis {

    public static final MeasurementKind KIND = MeasurementKind.of("relearning",
            "pulses each train needs to reach the level the first train ended at", Relearning::new);

    @Override
    public ResultTable analyse(TimeSeries run, AppliedStimulus stimulus) {
        List<List<PulseWindow>> ordered = PulseWindows.byGroup(stimulus, name);
        double[] time = run.column("time");
        double[] charge = run.column("charge");
        List<PulseWindow> first = ordered.get(0);
        PulseWindow last = first.get(first.size() - 1);
        double level = Accumulated.meanRate(time, charge, last.start(), last.end());
        int n = ordered.size();
        double[] train = new double[n];
        double[] pulses = new double[n];
        for (int g = 0; g < n; g++) {
            train[g] = g + 1;
            pulses[g] = Double.NaN;
            List<PulseWindow> windows = ordered.get(g);
            for (int k = 0; k < windows.size(); k++) {
                PulseWindow w = windows.get(k);
                if (Accumulated.meanRate(time, charge, w.start(), w.end()) >= level * (1 - 1e-12)) {
                    pulses[g] = k + 1;
                    break;
                }
            }
        }
        double[] levels = new double[n];
        java.util.Arrays.fill(levels, level);
        return new ResultTable(name, List.of(Column.of("train", Column.ONE), Column.of("pulses_to_level", Column.ONE),
                Column.of("level", "A")),
                new double[][] { train, pulses, levels });
    }

    @Override
    public Figure figure(ResultTable table) {
        return new Figure(name, "Pulses to reach the learnt level", "train", "pulses", false,
                List.of(new FigureSeries("pulses", table.column("train"), table.column("pulses_to_level"))));
    }
}
