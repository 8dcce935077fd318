package org.memdsl.runtime.measurement;

import java.util.List;

import org.memdsl.runtime.catalog.Dimension;
import org.memdsl.runtime.catalog.Parameter;
import org.memdsl.runtime.catalog.ParameterValues;
import org.memdsl.runtime.device.DeviceModel;
import org.memdsl.runtime.result.Column;
import org.memdsl.runtime.result.Figure;
import org.memdsl.runtime.result.FigureSeries;
import org.memdsl.runtime.result.ResultTable;

/**
 * Impedance spectrum of the device in the state the protocol left it in ({@link ImpedanceSpectrum}):
 * a small sine of {@code amplitude} on {@code bias} at each frequency, either the {@code frequencies}
 * given or {@code points} log-spaced from {@code from} to {@code to}. Paper C measures 0.1–100 kHz at
 * 40 mV (docs/papers.md#paper-c). Columns: frequency, |Z|, phase in degrees, real and imaginary parts
 * (for a Nyquist plot), parallel resistance and capacitance.
 */
public record Impedance(String name, double[] frequencies, double amplitude, double bias, int settle, int cycles)
        implements AnalysisOfFinalState {

    public static final MeasurementKind KIND = MeasurementKind.of("impedance",
            "impedance spectrum after the protocol: |Z|, phase, parallel R and C per frequency",
            List.of(Parameter.list("frequencies", Dimension.FREQUENCY, 1e-3, 1e9,
                    "frequencies to measure (instead of from, to, points)").optional(),
                    new Parameter("from", Dimension.FREQUENCY, 100.0, 1e-3, 1e9, "lowest frequency"),
                    new Parameter("to", Dimension.FREQUENCY, 1e5, 1e-3, 1e9, "highest frequency"),
                    Parameter.count("points", 13, 1, 1000, "log-spaced frequencies from 'from' to 'to'"),
                    new Parameter("amplitude", Dimension.VOLTAGE, 0.04, 1e-6, 10, "small-signal amplitude"),
                    new Parameter("bias", Dimension.VOLTAGE, 0.0, -100, 100, "DC bias under the sine"),
                    Parameter.count("settle", 4, 0, 1000, "periods left for the transient before the analysis"),
                    Parameter.count("cycles", 4, 1, 1000, "periods analysed per frequency")),
            Impedance::of);

    private static Impedance of(String name, ParameterValues p) {
        double[] frequencies;
        if (p.has("frequencies")) {
            frequencies = p.list("frequencies");
        } else {
            double from = p.get("from");
            double to = p.get("to");
            int points = p.count("points");
            if (!(to >= from)) {
                throw new IllegalArgumentException("'to' must not be below 'from'");
            }
            frequencies = new double[points];
            for (int k = 0; k < points; k++) {
                frequencies[k] = points == 1 ? from : from * Math.pow(to / from, (double) k / (points - 1));
            }
        }
        return new Impedance(name, frequencies, p.get("amplitude"), p.get("bias"), p.count("settle"),
                p.count("cycles"));
    }

    @Override
    public ResultTable analyse(DeviceModel device, double temperature) {
        int n = frequencies.length;
        double[][] columns = new double[7][n];
        for (int k = 0; k < n; k++) {
            double f = frequencies[k];
            ResultTable one = ImpedanceSpectrum.measure(name, device, bias, amplitude, new double[] { f }, settle / f,
                    cycles, temperature);
            double magnitude = one.column("z_magnitude")[0];
            double phase = one.column("z_phase")[0];
            columns[0][k] = f;
            columns[1][k] = magnitude;
            columns[2][k] = Math.toDegrees(phase);
            columns[3][k] = magnitude * Math.cos(phase);
            columns[4][k] = magnitude * Math.sin(phase);
            columns[5][k] = one.column("resistance")[0];
            columns[6][k] = one.column("capacitance")[0];
        }
        return new ResultTable(name, List.of(Column.stated("frequency", "Hz"), Column.of("z_magnitude", "Ohm"),
                Column.of("z_phase_degrees", "deg"), Column.of("z_real", "Ohm"), Column.of("z_imaginary", "Ohm"),
                Column.of("resistance", "Ohm"), Column.of("capacitance", "F")), columns);
    }

    @Override
    public Figure figure(ResultTable table) {
        return new Figure(name, "Impedance (Bode)", "frequency [Hz]", "|Z| [Ω]", true, true,
                List.of(new FigureSeries("|Z|", table.column("frequency"), table.column("z_magnitude"))));
    }

    /** The Bode figure and the Nyquist figure ({@code NAME_nyquist}: −Z″ against Z′, one point per frequency). */
    @Override
    public List<Figure> figures(ResultTable table) {
        double[] imaginary = table.column("z_imaginary").clone();
        for (int k = 0; k < imaginary.length; k++) {
            imaginary[k] = -imaginary[k];
        }
        Figure nyquist = new Figure(name + "_nyquist", "Impedance (Nyquist)", "Z′ [Ω]", "−Z″ [Ω]", false, false,
                List.of(new FigureSeries("Z", table.column("z_real"), imaginary)));
        return List.of(figure(table), nyquist);
    }
}
