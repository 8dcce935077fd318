package org.memdsl.runtime.measurement;

import java.util.List;

import org.memdsl.runtime.result.Figure;
import org.memdsl.runtime.result.FigureSeries;
import org.memdsl.runtime.result.ResultTable;
import org.memdsl.runtime.result.TimeSeries;
import org.memdsl.runtime.stimulus.AppliedStimulus;

/** Current against voltage over the whole run, drawn on a logarithmic current axis. */
public record IvLoop(String name) implements Analysis {

    public static final MeasurementKind KIND = MeasurementKind.of("iv",
            "current against voltage (I–V loop)", IvLoop::new);

    @Override
    public ResultTable analyse(TimeSeries run, AppliedStimulus stimulus) {
        double[] current = run.column("current");
        double[] magnitude = new double[current.length];
        for (int i = 0; i < current.length; i++) {
            magnitude[i] = Math.abs(current[i]);
        }
        return new ResultTable(name, List.of("voltage", "current", "abs_current"),
                new double[][] { run.column("voltage"), current, magnitude });
    }

    @Override
    public Figure figure(ResultTable table) {
        return new Figure(name, "I–V loop", "voltage [V]", "|current| [A]", true,
                List.of(new FigureSeries("|I|", table.column("voltage"), table.column("abs_current"))));
    }
}
