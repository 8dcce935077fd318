package org.memdsl.runtime.measurement;

import java.util.List;

import org.memdsl.runtime.catalog.Dimension;
import org.memdsl.runtime.catalog.Parameter;
import org.memdsl.runtime.result.Column;
import org.memdsl.runtime.result.Figure;
import org.memdsl.runtime.result.FigureSeries;
import org.memdsl.runtime.result.ResultTable;
import org.memdsl.runtime.result.TimeSeries;
import org.memdsl.runtime.stimulus.AppliedStimulus;
import org.memdsl.runtime.stimulus.PulseWindow;

/**
 * Excitatory post-synaptic current per pulse: the time-averaged current over each pulse plateau
 * (charge passed divided by duration, from the charge the simulator integrates), after dropping
 * {@code edgeExclusion} of the plateau at each end.
 */
public record EpscPerPulse(String name, double edgeExclusion) implements Analysis {

    static final Parameter EDGE = new Parameter("edge", Dimension.DIMENSIONLESS, 0.0, 0.0, 0.49,
                    "fraction of each plateau dropped at both ends");

    public static final MeasurementKind KIND = MeasurementKind.of("epsc",
            "mean current during each pulse plateau", List.of(EDGE),
            (n, p) -> new EpscPerPulse(n, p.get("edge")));

    public EpscPerPulse {
        if (!(edgeExclusion >= 0 && edgeExclusion < 0.5)) {
            throw new IllegalArgumentException("edge exclusion must be in [0, 0.5), got " + edgeExclusion);
        }
    }

    @Override
    public ResultTable analyse(TimeSeries run, AppliedStimulus stimulus) {
        List<PulseWindow> windows = PulseWindows.required(stimulus, name);
        double[] time = run.column("time");
        double[] charge = run.column("charge");
        double[] index = new double[windows.size()];
        double[] mean = new double[windows.size()];
        for (int k = 0; k < windows.size(); k++) {
            PulseWindow w = windows.get(k);
            double cut = edgeExclusion * w.width();
            index[k] = k + 1;
            mean[k] = Accumulated.meanRate(time, charge, w.start() + cut, w.end() - cut);
        }
        return new ResultTable(name, List.of(Column.of("pulse", Column.ONE), Column.of("epsc", "A")),
                new double[][] { index, mean });
    }

    @Override
    public Figure figure(ResultTable table) {
        return new Figure(name, "EPSC per pulse", "pulse number", "mean current [A]", false,
                List.of(new FigureSeries("EPSC", table.column("pulse"), table.column("epsc"))));
    }
}
