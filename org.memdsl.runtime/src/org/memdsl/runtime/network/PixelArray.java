package org.memdsl.runtime.network;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import org.memdsl.runtime.device.DeviceModel;
import org.memdsl.runtime.result.TimeSeries;
import org.memdsl.runtime.simulation.ProgressListener;
import org.memdsl.runtime.simulation.SimulationOptions;
import org.memdsl.runtime.simulation.Simulator;
import org.memdsl.runtime.stimulus.AppliedStimulus;
import org.memdsl.runtime.stimulus.Bias;
import org.memdsl.runtime.stimulus.ForwardingWaveform;
import org.memdsl.runtime.stimulus.Waveform;

/**
 * An array of identical photo-synapses, each under its own share of a light pattern: pixel
 * {@code k} receives {@code irradiance · pattern[k]} at its wavelength through the given temporal
 * profile (pulses, continuous light) while its electrical terminal holds a bias. Pixels that see the
 * same light are simulated once. The output is every pixel's current at chosen times: in-sensor
 * preprocessing (contrast enhancement with more pulses, visual adaptation, colour separation).
 */
public final class PixelArray {

    private final DeviceModel device;
    private final double sampleInterval;

    public PixelArray(DeviceModel device, double sampleInterval) {
        this.device = device;
        this.sampleInterval = sampleInterval;
    }

    /**
     * @param pattern relative irradiance of each pixel in [0, 1]
     * @param wavelengths wavelength of each pixel's light (m)
     * @param profile light profile in W/m² at full pattern value (e.g. a pulse train)
     * @param times when to read the currents (s)
     * @return {@code currents[t][k]}
     */
    public double[][] expose(double[] pattern, double[] wavelengths, Waveform profile, double bias, double[] times) {
        if (pattern.length != wavelengths.length) {
            throw new IllegalArgumentException("one wavelength per pixel");
        }
        Map<String, double[]> cache = new HashMap<>();
        double[][] out = new double[times.length][pattern.length];
        for (int k = 0; k < pattern.length; k++) {
            double level = pattern[k];
            double wavelength = wavelengths[k];
            double[] currents = cache.computeIfAbsent(level + "@" + wavelength,
                    key -> pixel(level, wavelength, profile, bias, times));
            for (int t = 0; t < times.length; t++) {
                out[t][k] = currents[t];
            }
        }
        return out;
    }

    private double[] pixel(double level, double wavelength, Waveform profile, double bias, double[] times) {
        Waveform scaled = new ForwardingWaveform(profile) {
            @Override
            public double value(double t) {
                return level * profile.value(t);
            }
        };
        AppliedStimulus s = new AppliedStimulus(new Bias(bias, profile.duration()), Optional.of(scaled), wavelength,
                300);
        TimeSeries run = new Simulator(SimulationOptions.sampledEvery(sampleInterval)).run(device, s,
                ProgressListener.NONE);
        double[] time = run.column("time");
        double[] current = run.column("current");
        double[] at = new double[times.length];
        for (int t = 0; t < times.length; t++) {
            int k = java.util.Arrays.binarySearch(time, times[t]);
            at[t] = current[k >= 0 ? k : Math.min(-k - 1, time.length - 1)];
        }
        return at;
    }

    /** Michelson contrast {@code (I_max − I_min)/(I_max + I_min)} of a set of currents. */
    public static double contrast(double[] currents) {
        double max = Double.NEGATIVE_INFINITY;
        double min = Double.POSITIVE_INFINITY;
        for (double c : currents) {
            max = Math.max(max, c);
            min = Math.min(min, c);
        }
        return (max - min) / (max + min);
    }
}
