package org.memdsl.runtime.measurement;

import java.util.List;

import org.memdsl.runtime.result.Figure;
import org.memdsl.runtime.result.FigureSeries;
import org.memdsl.runtime.result.ResultTable;
import org.memdsl.runtime.result.TimeSeries;
import org.memdsl.runtime.stimulus.AppliedStimulus;

/** The raw waveforms of a run: time, voltage, irradiance, current and state. */
public record CurrentTrace(String name) implements Analysis {

    public static final MeasurementKind KIND = MeasurementKind.of("current",
            "time traces of voltage, light, current and state", CurrentTrace::new);

    @Override
    public ResultTable analyse(TimeSeries run, AppliedStimulus stimulus) {
        return run.asTable(name);
    }

    @Override
    public Figure figure(ResultTable table) {
        return new Figure(name, "Current vs time", "time [s]", "current [A]", false,
                List.of(new FigureSeries("current", table.column("time"), table.column("current"))));
    }
}
