package org.memdsl.runtime.measurement;

import java.util.ArrayList;
import java.util.List;

import org.memdsl.runtime.result.Column;
import org.memdsl.runtime.result.Figure;
import org.memdsl.runtime.result.FigureSeries;
import org.memdsl.runtime.result.ResultTable;
import org.memdsl.runtime.result.TimeSeries;
import org.memdsl.runtime.stimulus.AppliedStimulus;
import org.memdsl.runtime.stimulus.PulseWindow;

/**
 * Endurance cycling: the read pulses (the smallest amplitude) follow SET and RESET pulses in turn;
 * each cycle gives the conductance read after its SET pulse and after its RESET pulse (a read
 * after a positive programming pulse is an ON read) and their ratio, the memory window.
 */
public record Endurance(String name) implements Analysis {

    public static final MeasurementKind KIND = MeasurementKind.of("endurance",
            "ON and OFF reads of each SET/RESET cycle and their window", Endurance::new);

    @Override
    public ResultTable analyse(TimeSeries run, AppliedStimulus stimulus) {
        List<PulseWindow> windows = PulseWindows.required(stimulus, name);
        double read = PulseWindows.readAmplitude(windows);
        double[] time = run.column("time");
        double[] charge = run.column("charge");
        List<double[]> cycles = new ArrayList<>();
        double on = Double.NaN;
        double lastProgram = 0;
        for (PulseWindow w : windows) {
            if (Math.abs(w.amplitude()) != read) {
                lastProgram = w.amplitude();
                continue;
            }
            double g = Accumulated.meanRate(time, charge, w.start(), w.end()) / w.amplitude();
            if (lastProgram > 0) {
                on = g;
            } else if (lastProgram < 0 && !Double.isNaN(on)) {
                cycles.add(new double[] { cycles.size() + 1, on, g, on / g });
                on = Double.NaN;
            }
        }
        double[][] columns = new double[4][cycles.size()];
        for (int c = 0; c < cycles.size(); c++) {
            for (int k = 0; k < 4; k++) {
                columns[k][c] = cycles.get(c)[k];
            }
        }
        return new ResultTable(name, List.of(Column.of("cycle", Column.ONE), Column.of("g_on", "S"), Column.of("g_off",
                "S"), Column.of("window", Column.ONE)), columns);
    }

    @Override
    public Figure figure(ResultTable table) {
        return new Figure(name, "Endurance", "cycle", "conductance [S]", true,
                List.of(new FigureSeries("ON", table.column("cycle"), table.column("g_on")),
                        new FigureSeries("OFF", table.column("cycle"), table.column("g_off"))));
    }
}
