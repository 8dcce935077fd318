package org.memdsl.runtime.measurement;

import java.util.ArrayList;
import java.util.List;

import org.memdsl.runtime.catalog.Dimension;
import org.memdsl.runtime.catalog.Parameter;
import org.memdsl.runtime.result.Column;
import org.memdsl.runtime.result.Figure;
import org.memdsl.runtime.result.FigureSeries;
import org.memdsl.runtime.result.ResultTable;
import org.memdsl.runtime.result.TimeSeries;
import org.memdsl.runtime.stimulus.AppliedStimulus;

/**
 * SET and RESET events of an I–V sweep: the chord conductance {@code G = I/V} (samples with
 * {@code |V|} at least {@code minVoltageFraction} of the largest) is compared with the geometric
 * mean of its lowest and highest values in the run; each crossing is an event, upward a SET (+1),
 * downward a RESET (−1), located by interpolating {@code log G} linearly between the two samples
 * around it.
 */
public record SwitchingEvents(String name, double minVoltageFraction) implements Analysis {

    static final Parameter MIN_VOLTAGE = new Parameter("min_voltage", Dimension.DIMENSIONLESS,
            SwitchingEvents.DEFAULT_MIN_VOLTAGE_FRACTION, 0.0, 0.5,
                    "smallest |V|, relative to the largest, at which a switch is sought");

    public static final MeasurementKind KIND = MeasurementKind.of("switching",
            "SET/RESET voltages where I/V crosses the geometric mean of its extremes", List.of(MIN_VOLTAGE),
            (n, p) -> new SwitchingEvents(n, p.get("min_voltage")));

    public static final double DEFAULT_MIN_VOLTAGE_FRACTION = 0.01;

    @Override
    public ResultTable analyse(TimeSeries run, AppliedStimulus stimulus) {
        double[] time = run.column("time");
        double[] voltage = run.column("voltage");
        double[] current = run.column("current");
        double vMax = 0;
        for (double v : voltage) {
            vMax = Math.max(vMax, Math.abs(v));
        }
        double vMin = minVoltageFraction * vMax;
        List<Integer> used = new ArrayList<>();
        double gLow = Double.POSITIVE_INFINITY;
        double gHigh = 0;
        for (int i = 0; i < time.length; i++) {
            double g = current[i] / voltage[i];
            if (Math.abs(voltage[i]) >= vMin && g > 0) {
                used.add(i);
                gLow = Math.min(gLow, g);
                gHigh = Math.max(gHigh, g);
            }
        }
        if (used.size() < 2 || !(gHigh > gLow)) {
            throw new IllegalArgumentException("measurement '" + name + "' needs a sweep with a conductance change");
        }
        double threshold = Math.sqrt(gLow * gHigh);
        List<double[]> events = new ArrayList<>();
        for (int k = 1; k < used.size(); k++) {
            int a = used.get(k - 1);
            int b = used.get(k);
            double ga = Math.log(current[a] / voltage[a]);
            double gb = Math.log(current[b] / voltage[b]);
            double lt = Math.log(threshold);
            if ((ga < lt) != (gb < lt) && b == a + 1) {
                double f = (lt - ga) / (gb - ga);
                events.add(new double[] { gb > ga ? 1 : -1, voltage[a] + f * (voltage[b] - voltage[a]),
                        time[a] + f * (time[b] - time[a]) });
            }
        }
        double[][] columns = new double[3][events.size()];
        for (int e = 0; e < events.size(); e++) {
            for (int c = 0; c < 3; c++) {
                columns[c][e] = events.get(e)[c];
            }
        }
        return new ResultTable(name, List.of(Column.of("event", Column.ONE), Column.of("voltage", "V"),
                Column.stated("time", "s")), columns);
    }

    @Override
    public Figure figure(ResultTable table) {
        double[] index = new double[table.rows()];
        for (int i = 0; i < index.length; i++) {
            index[i] = i + 1;
        }
        return new Figure(name, "Switching voltages (SET +1, RESET −1)", "event", "voltage [V]", false,
                List.of(new FigureSeries("V_switch", index, table.column("voltage"))));
    }
}
