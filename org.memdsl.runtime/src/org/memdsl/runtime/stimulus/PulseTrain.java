package org.memdsl.runtime.stimulus;

import java.util.ArrayList;
import java.util.List;

import org.memdsl.runtime.catalog.Dimension;


/**
 * {@code count} trapezoidal pulses of the given amplitude, plateau width and edge times, one every
 * {@code period}, starting after {@code delay} and followed by {@code tail} of zero signal. A
 * single pulse is a train of one.
 */
public record PulseTrain(double amplitude, double width, double rise, double fall, double period, int count,
        double delay, double tail) implements Waveform {

    public PulseTrain {
        if (count < 1) {
            throw new IllegalArgumentException("a pulse train needs at least one pulse, got " + count);
        }
        if (width <= 0 || rise < 0 || fall < 0 || delay < 0 || tail < 0) {
            throw new IllegalArgumentException("pulse width must be > 0 and edges, delay, tail >= 0");
        }
        if (count > 1 && period < rise + width + fall) {
            throw new IllegalArgumentException("pulse period " + Dimension.TIME.format(period)
                    + " is shorter than the pulse itself (" + Dimension.TIME.format(rise + width + fall) + ")");
        }
    }

    public static PulseTrain single(double amplitude, double width, double rise, double fall, double delay,
            double tail) {
        return new PulseTrain(amplitude, width, rise, fall, rise + width + fall, 1, delay, tail);
    }

    private double pulseLength() {
        return rise + width + fall;
    }

    @Override
    public double duration() {
        return delay + (count - 1) * period + pulseLength() + tail;
    }

    /** Time since the start of the pulse running at {@code t}, or −1 before the first. */
    private double intoPulse(double t) {
        double local = t - delay;
        if (local < 0) {
            return -1;
        }
        int k = (int) Math.min(count - 1, Math.floor(local / period));
        // k·period can round above local at a pulse start: s is never before its pulse
        return Math.max(0, local - k * period);
    }

    @Override
    public double value(double t) {
        double s = intoPulse(t);
        if (s < 0) {
            return 0.0;
        }
        if (s < rise) {
            return amplitude * s / rise;
        }
        if (s <= rise + width) {
            return amplitude;
        }
        if (s < pulseLength() && fall > 0) {
            return amplitude * (pulseLength() - s) / fall;
        }
        return 0.0;
    }

    @Override
    public double slope(double t) {
        double s = intoPulse(t);
        if (s < 0) {
            return 0.0;
        }
        if (s < rise) {
            return amplitude / rise;
        }
        if (s > rise + width && s < pulseLength() && fall > 0) {
            return -amplitude / fall;
        }
        return 0.0;
    }

    @Override
    public boolean piecewiseConstant() {
        return rise == 0 && fall == 0;
    }

    @Override
    public double[] breakpoints() {
        double[] points = new double[4 * count + 2];
        int n = 0;
        points[n++] = 0.0;
        for (int k = 0; k < count; k++) {
            double start = delay + k * period;
            points[n++] = start;
            points[n++] = start + rise;
            points[n++] = start + rise + width;
            points[n++] = start + pulseLength();
        }
        points[n++] = duration();
        return Breakpoints.normalise(points);
    }

    @Override
    public List<PulseWindow> pulseWindows() {
        List<PulseWindow> windows = new ArrayList<>(count);
        for (int k = 0; k < count; k++) {
            double start = delay + k * period + rise;
            windows.add(new PulseWindow(start, start + width, amplitude, 0));
        }
        return windows;
    }
}
