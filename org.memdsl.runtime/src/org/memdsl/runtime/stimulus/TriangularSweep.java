package org.memdsl.runtime.stimulus;

import java.util.List;

/**
 * Triangular I–V sweep 0 → {@code high} → {@code low} → 0 at a constant sweep rate, repeated
 * {@code cycles} times.
 */
public record TriangularSweep(double high, double low, double rate, int cycles) implements Waveform {

    public TriangularSweep {
        if (!(high > 0 && low < 0 && rate > 0 && cycles >= 1)) {
            throw new IllegalArgumentException("a sweep needs high > 0 > low, rate > 0 and cycles >= 1");
        }
    }

    private double cycleLength() {
        return (2 * high - 2 * low) / rate;
    }

    @Override
    public double duration() {
        return cycles * cycleLength();
    }

    @Override
    public double value(double t) {
        double s = Math.min(t, duration());
        s = s - Math.floor(s / cycleLength()) * cycleLength();
        if (t >= duration()) {
            return 0.0;
        }
        double t1 = high / rate;
        double t2 = t1 + (high - low) / rate;
        if (s <= t1) {
            return rate * s;
        }
        if (s <= t2) {
            return high - rate * (s - t1);
        }
        return low + rate * (s - t2);
    }

    @Override
    public double slope(double t) {
        if (t >= duration()) {
            return 0.0;
        }
        double s = t - Math.floor(t / cycleLength()) * cycleLength();
        double t1 = high / rate;
        double t2 = t1 + (high - low) / rate;
        return s > t1 && s <= t2 ? -rate : rate;
    }

    @Override
    public double[] breakpoints() {
        double t1 = high / rate;
        double t2 = t1 + (high - low) / rate;
        double[] points = new double[3 * cycles + 1];
        int n = 0;
        for (int c = 0; c < cycles; c++) {
            double offset = c * cycleLength();
            points[n++] = offset;
            points[n++] = offset + t1;
            points[n++] = offset + t2;
        }
        points[n] = duration();
        return Breakpoints.normalise(points);
    }

    @Override
    public List<PulseWindow> pulseWindows() {
        return List.of();
    }
}
