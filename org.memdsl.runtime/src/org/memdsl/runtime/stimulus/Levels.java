package org.memdsl.runtime.stimulus;

import java.util.Arrays;
import java.util.List;

/**
 * A step function: {@code values[k]} from {@code starts[k]} until the next start, the last value up
 * to the end. It carries a setting that changes between parts of a protocol, such as the wavelength
 * of successive light stimuli.
 */
public final class Levels implements Waveform {

    private final double[] starts;
    private final double[] values;
    private final double duration;

    public Levels(double[] starts, double[] values, double duration) {
        if (starts.length == 0 || starts.length != values.length || starts[0] != 0.0) {
            throw new IllegalArgumentException("levels need matching starts and values, the first at 0");
        }
        for (int k = 1; k < starts.length; k++) {
            if (!(starts[k] >= starts[k - 1])) {
                throw new IllegalArgumentException("level starts must not decrease");
            }
        }
        this.starts = starts.clone();
        this.values = values.clone();
        this.duration = Math.max(duration, starts[starts.length - 1]);
    }

    /** One value over {@code [0, duration]}. */
    public static Levels constant(double value, double duration) {
        return new Levels(new double[] { 0.0 }, new double[] { value }, duration);
    }

    @Override
    public double value(double t) {
        int k = Arrays.binarySearch(starts, t);
        if (k < 0) {
            k = Math.max(0, -k - 2);
        } else {
            while (k + 1 < starts.length && starts[k + 1] == t) {
                k++;
            }
        }
        return values[k];
    }

    @Override
    public double duration() {
        return duration;
    }

    @Override
    public double[] breakpoints() {
        double[] all = Arrays.copyOf(starts, starts.length + 1);
        all[starts.length] = duration;
        return Breakpoints.normalise(all);
    }

    @Override
    public boolean piecewiseConstant() {
        return true;
    }

    @Override
    public List<PulseWindow> pulseWindows() {
        return List.of();
    }
}
