package org.memdsl.runtime.stimulus;

import java.util.ArrayList;
import java.util.List;

/**
 * Quasi-DC staircase I–V sweep 0 → {@code high} → {@code low} → 0 in steps of {@code step}, each
 * level held for {@code dwell}, repeated {@code cycles} times. Every level is a pulse window (its
 * amplitude is the level), so per-step measurements read one I–V point per level.
 */
public final class StaircaseSweep implements Waveform {

    private final double[] levels;
    private final double dwell;

    public StaircaseSweep(double high, double low, double step, double dwell, int cycles) {
        if (!(high > 0 && low < 0 && step > 0 && dwell > 0 && cycles >= 1)) {
            throw new IllegalArgumentException("a staircase needs high > 0 > low, step > 0, dwell > 0, cycles >= 1");
        }
        int up = (int) Math.round(high / step);
        int down = (int) Math.round(-low / step);
        if (Math.abs(up * step - high) > 1e-9 * step || Math.abs(down * step + low) > 1e-9 * step) {
            throw new IllegalArgumentException("high and low must be whole multiples of the step " + step + " V");
        }
        List<Double> one = new ArrayList<>();
        for (int k = 0; k <= up; k++) {
            one.add(k * step);
        }
        for (int k = up - 1; k >= -down; k--) {
            one.add(k * step);
        }
        for (int k = -down + 1; k < 0; k++) {
            one.add(k * step);
        }
        this.levels = new double[one.size() * cycles + 1];
        for (int c = 0; c < cycles; c++) {
            for (int i = 0; i < one.size(); i++) {
                levels[c * one.size() + i] = one.get(i);
            }
        }
        levels[levels.length - 1] = 0.0;
        this.dwell = dwell;
    }

    /** The voltage levels in the order they are applied. */
    public double[] levels() {
        return levels.clone();
    }

    @Override
    public double duration() {
        return levels.length * dwell;
    }

    @Override
    public double value(double t) {
        int k = (int) Math.floor(t / dwell);
        return levels[Math.max(0, Math.min(levels.length - 1, k))];
    }

    @Override
    public boolean piecewiseConstant() {
        return true;
    }

    @Override
    public double[] breakpoints() {
        double[] points = new double[levels.length + 1];
        for (int k = 0; k <= levels.length; k++) {
            points[k] = k * dwell;
        }
        return Breakpoints.normalise(points);
    }

    @Override
    public List<PulseWindow> pulseWindows() {
        List<PulseWindow> windows = new ArrayList<>(levels.length);
        for (int k = 0; k < levels.length; k++) {
            windows.add(new PulseWindow(k * dwell, (k + 1) * dwell, levels[k], 0));
        }
        return windows;
    }
}
