package org.memdsl.runtime.measurement;

import java.util.List;

import org.memdsl.runtime.catalog.Dimension;
import org.memdsl.runtime.catalog.Parameter;
import org.memdsl.runtime.result.Column;
import org.memdsl.runtime.result.Figure;
import org.memdsl.runtime.result.FigureSeries;
import org.memdsl.runtime.result.FigureSeries.Role;
import org.memdsl.runtime.result.ResultTable;
import org.memdsl.runtime.result.TimeSeries;
import org.memdsl.runtime.stimulus.AppliedStimulus;
import org.memdsl.runtime.stimulus.PulseWindow;

/**
 * Quasi-static I–V from a staircase: one point per level, the level's voltage against the mean
 * current over the last {@code settledFraction} of its dwell (after the transient has settled).
 */
public record StepIv(String name, double settledFraction) implements Analysis {

    static final Parameter SETTLED = new Parameter("settled", Dimension.DIMENSIONLESS,
            StepIv.DEFAULT_SETTLED_FRACTION, 0.01, 1.0,
                    "last fraction of each level over which the current is averaged");

    public static final MeasurementKind KIND = MeasurementKind.of("iv_steps",
            "one I–V point per staircase level, current settled over its last half", List.of(SETTLED),
            (n, p) -> new StepIv(n, p.get("settled")));

    public static final double DEFAULT_SETTLED_FRACTION = 0.5;

    public StepIv {
        if (!(settledFraction > 0 && settledFraction <= 1)) {
            throw new IllegalArgumentException("settled fraction must be in (0, 1], got " + settledFraction);
        }
    }

    @Override
    public ResultTable analyse(TimeSeries run, AppliedStimulus stimulus) {
        List<PulseWindow> steps = PulseWindows.required(stimulus, name);
        double[] time = run.column("time");
        double[] charge = run.column("charge");
        double[] voltage = new double[steps.size()];
        double[] current = new double[steps.size()];
        double[] magnitude = new double[steps.size()];
        for (int k = 0; k < steps.size(); k++) {
            PulseWindow w = steps.get(k);
            voltage[k] = w.amplitude();
            current[k] = Accumulated.meanRate(time, charge, w.end() - settledFraction * w.width(), w.end());
            magnitude[k] = Math.abs(current[k]);
        }
        return new ResultTable(name, List.of(Column.stated("voltage", "V"), Column.of("current", "A"),
                Column.of("abs_current", "A")),
                new double[][] { voltage, current, magnitude });
    }

    @Override
    public Figure figure(ResultTable table) {
        return new Figure(name, "Quasi-static I–V", "voltage [V]", "|current| [A]", true,
                List.of(new FigureSeries("|I|", table.column("voltage"), table.column("abs_current"), Role.DATA,
                        true)));
    }
}
