package org.memdsl.runtime.measurement;

import java.util.List;

import org.memdsl.runtime.device.DeviceModel;
import org.memdsl.runtime.device.Drive;
import org.memdsl.runtime.result.Column;
import org.memdsl.runtime.result.ResultTable;
import org.memdsl.runtime.result.TimeSeries;
import org.memdsl.runtime.simulation.ProgressListener;
import org.memdsl.runtime.simulation.SimulationOptions;
import org.memdsl.runtime.simulation.Simulator;
import org.memdsl.runtime.stimulus.AppliedStimulus;
import org.memdsl.runtime.stimulus.Sine;

/**
 * Impedance spectroscopy by small-signal simulation in the time domain: at each frequency the
 * device is driven by {@code V_dc + V_ac·sin ωt} for a number of periods, the first half is left for
 * the transient to die out, and the fundamental of the current over the second half is extracted by
 * projection on {@code sin} and {@code cos} (trapezoidal quadrature on {@value #SAMPLES_PER_PERIOD}
 * samples per period). {@code Z = V_ac/I₁}; the parallel capacitance is {@code C = Im(Y)/ω} and
 * the parallel resistance {@code R = 1/Re(Y)}, as an impedance analyser reports them.
 */
public final class ImpedanceSpectrum {

    public static final int SAMPLES_PER_PERIOD = 256;

    private ImpedanceSpectrum() {
    }

    /**
     * @param settle time left for the transient before the analysed periods (whole periods are added)
     * @param cycles periods analysed per frequency
     * @return columns {@code frequency, z_magnitude, z_phase (rad), resistance, capacitance}
     */
    public static ResultTable measure(String name, DeviceModel model, double dc, double ac, double[] frequencies,
            double settle, int cycles) {
        return measure(name, model, dc, ac, frequencies, settle, cycles, Drive.ROOM_TEMPERATURE);
    }

    /** {@link #measure(String, DeviceModel, double, double, double[], double, int)} at {@code temperature} in K. */
    public static ResultTable measure(String name, DeviceModel model, double dc, double ac, double[] frequencies,
            double settle, int cycles, double temperature) {
        if (cycles < 1 || !(settle >= 0)) {
            throw new IllegalArgumentException("need at least one analysed cycle and settle >= 0");
        }
        int n = frequencies.length;
        double[][] columns = new double[5][n];
        for (int k = 0; k < n; k++) {
            double f = frequencies[k];
            double period = 1 / f;
            Simulator simulator = new Simulator(new SimulationOptions(period / SAMPLES_PER_PERIOD, 1e-13, 1e-11,
                    period / 16));
            int settling = (int) Math.ceil(settle * f);
            AppliedStimulus sine = AppliedStimulus.electrical(new Sine(dc, ac, f, settling + cycles))
                    .withTemperature(temperature);
            TimeSeries run = simulator.run(model, sine, ProgressListener.NONE);
            double[] t = run.column("time");
            double[] i = run.column("current");
            double from = settling * period;
            double end = (settling + cycles) * period;
            double inPhase = 0;
            double quadrature = 0;
            for (int s = 1; s < t.length; s++) {
                if (t[s - 1] < from || t[s] > end + 1e-12 * end || t[s] == t[s - 1]) {
                    continue;
                }
                double w = 2 * Math.PI * f;
                double a = i[s - 1] * Math.sin(w * t[s - 1]) + i[s] * Math.sin(w * t[s]);
                double b = i[s - 1] * Math.cos(w * t[s - 1]) + i[s] * Math.cos(w * t[s]);
                inPhase += 0.5 * a * (t[s] - t[s - 1]);
                quadrature += 0.5 * b * (t[s] - t[s - 1]);
            }
            double span = end - from;
            double re = 2 * inPhase / span / ac;
            double im = 2 * quadrature / span / ac;
            double omega = 2 * Math.PI * f;
            columns[0][k] = f;
            columns[1][k] = 1 / Math.hypot(re, im);
            columns[2][k] = -Math.atan2(im, re);
            columns[3][k] = 1 / re;
            columns[4][k] = im / omega;
        }
        return new ResultTable(name, List.of(Column.stated("frequency", "Hz"), Column.of("z_magnitude", "Ohm"),
                Column.of("z_phase", "rad"), Column.of("resistance", "Ohm"), Column.of("capacitance", "F")),
                columns);
    }
}
