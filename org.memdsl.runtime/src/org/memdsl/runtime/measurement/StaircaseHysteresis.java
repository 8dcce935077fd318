package org.memdsl.runtime.measurement;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.memdsl.runtime.result.Column;
import org.memdsl.runtime.result.Figure;
import org.memdsl.runtime.result.FigureSeries;
import org.memdsl.runtime.result.ResultTable;
import org.memdsl.runtime.result.ScalarResult;
import org.memdsl.runtime.result.TimeSeries;
import org.memdsl.runtime.stimulus.AppliedStimulus;

/**
 * Hysteresis of a staircase I–V sweep, after Bisquert's classification: at each voltage the
 * settled current of the outgoing scan (|V| rising) is compared with that of the returning scan
 * (|V| falling) in the same quadrant. A returning current larger in magnitude is inductive, or
 * "inverted", hysteresis (the conduction lags the voltage); a smaller one is capacitive, or
 * "regular". Crossing points are the voltages where the difference changes sign (linear
 * interpolation between levels). Rows: one per voltage visited on both scans.
 *
 * <p>Papers also name a loop by its forward scan (the voltage rising) against its reverse scan (the
 * voltage falling), and the sign convention of the current decides what "above" means. In the
 * device's own sign, reported here as {@code forward_vs_reverse} with the column
 * {@code forward_minus_reverse}, an inductive loop has the forward scan <em>below</em> the reverse one in
 * both quadrants, a capacitive loop above. Paper A (docs/papers.md#paper-a) calls its inductive dark
 * loop one "where the current on the forward scan is higher than that of the reverse scan": that holds
 * in the photovoltaic sign the perovskite hysteresis literature inherited from solar cells (the
 * generated current counted positive, {@code J = −I}), and for |I| in the negative quadrant
 * (docs/calibration.md#opto_memristor, the hysteresis convention).
 */
public record StaircaseHysteresis(String name, double settledFraction) implements Analysis {

    public static final MeasurementKind KIND = MeasurementKind.of("hysteresis",
            "staircase hysteresis type (inductive or capacitive) and crossing points",
            List.of(StepIv.SETTLED), (n, p) -> new StaircaseHysteresis(n, p.get("settled")));

    /** The kind of a loop, from the sign of the area between the returning and outgoing scans. */
    public enum Type {
        INDUCTIVE, CAPACITIVE
    }

    /** Outcome of a loop: its type, the signed area in A·V and the crossing voltages. */
    public record Summary(Type type, double area, double[] crossings) {
    }

    @Override
    public ResultTable analyse(TimeSeries run, AppliedStimulus stimulus) {
        ResultTable steps = new StepIv(name, settledFraction).analyse(run, stimulus);
        double[] voltage = steps.column("voltage");
        double[] current = steps.column("current");
        Map<Long, Double> outgoing = new HashMap<>();
        List<double[]> rows = new ArrayList<>();
        for (int k = 0; k < voltage.length; k++) {
            long key = Math.round(voltage[k] * 1e9);
            boolean rising = k == 0 || Math.abs(voltage[k]) > Math.abs(voltage[k - 1]);
            if (rising) {
                outgoing.put(key, current[k]);
            } else if (outgoing.containsKey(key) && voltage[k] != 0.0) {
                double out = outgoing.remove(key);
                double back = current[k];
                double forwardMinusReverse = voltage[k] > 0 ? out - back : back - out;
                rows.add(new double[] { voltage[k], out, back, Math.abs(back) - Math.abs(out), forwardMinusReverse });
            }
        }
        rows.sort((a, b) -> Double.compare(a[0], b[0]));
        double[][] columns = new double[5][rows.size()];
        for (int r = 0; r < rows.size(); r++) {
            for (int c = 0; c < 5; c++) {
                columns[c][r] = rows.get(r)[c];
            }
        }
        ResultTable table = new ResultTable(name, List.of(Column.stated("voltage", "V"), Column.of("current_out", "A"),
                Column.of("current_back", "A"), Column.of("back_minus_out", "A"),
                Column.of("forward_minus_reverse", "A")), columns);
        if (rows.isEmpty()) {
            return table.withScalars(List.of(ScalarResult.missing("crossing_voltage", "V",
                    "no voltage step was scanned both out and back")));
        }
        Summary summary = summarise(table);
        String sign = summary.area() >= 0 ? "|I| higher on the way back" : "|I| higher on the way out";
        String scans = forwardArea(table) < 0 ? "forward below reverse" : "forward above reverse";
        return table.withScalars(List.of(
                ScalarResult.label("type", summary.type().name().toLowerCase(Locale.ROOT) + "-like (" + sign + ")"),
                ScalarResult.label("forward_vs_reverse", scans + " (device sign; the photovoltaic sign J = −I "
                        + "reverses it)"),
                ScalarResult.number("area", "W", summary.area(), "no loop area"),
                ScalarResult.numbers("crossing_voltage", "V", summary.crossings(),
                        "the two scans do not cross in either quadrant")));
    }

    /** Type, area and crossing points of a table made by {@link #analyse}. */
    public static Summary summarise(ResultTable table) {
        double[] v = table.column("voltage");
        double[] d = table.column("back_minus_out");
        double area = area(v, d);
        return new Summary(area >= 0 ? Type.INDUCTIVE : Type.CAPACITIVE, area, crossings(v, d));
    }

    /**
     * The area between the forward and the reverse scan, {@code ∫ (I_forward − I_reverse) dV} in the
     * device's sign, in A·V: negative when the forward scan runs below the reverse one.
     */
    public static double forwardArea(ResultTable table) {
        return area(table.column("voltage"), table.column("forward_minus_reverse"));
    }

    /** {@code ∫ d dV} over the levels, trapezoidal within each quadrant. */
    private static double area(double[] v, double[] d) {
        double area = 0;
        for (int i = 0; i + 1 < v.length; i++) {
            if (Math.signum(v[i]) == Math.signum(v[i + 1]) || v[i] * v[i + 1] == 0) {
                area += 0.5 * (d[i] + d[i + 1]) * Math.abs(v[i + 1] - v[i]);
            }
        }
        return area;
    }

    private static double[] crossings(double[] v, double[] d) {
        List<Double> found = new ArrayList<>();
        for (int i = 0; i + 1 < v.length; i++) {
            boolean sameQuadrant = v[i] * v[i + 1] > 0;
            if (sameQuadrant && d[i] != 0 && Math.signum(d[i]) != Math.signum(d[i + 1])) {
                found.add(v[i] + (v[i + 1] - v[i]) * d[i] / (d[i] - d[i + 1]));
            }
        }
        return found.stream().mapToDouble(Double::doubleValue).toArray();
    }

    @Override
    public Figure figure(ResultTable table) {
        Summary s = summarise(table);
        String title = String.format(Locale.ROOT, "Hysteresis: %s, crossings %s V",
                s.type().name().toLowerCase(Locale.ROOT),
                Arrays.toString(Arrays.stream(s.crossings()).map(x -> Math.rint(x * 100) / 100).toArray()));
        return new Figure(name, title, "voltage [V]", "|I_back| − |I_out| [A]", false,
                List.of(new FigureSeries("|I_back| − |I_out|", table.column("voltage"),
                        table.column("back_minus_out"))));
    }
}
