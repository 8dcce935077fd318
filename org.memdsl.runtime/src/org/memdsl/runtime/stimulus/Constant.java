package org.memdsl.runtime.stimulus;

import java.util.List;

/** A level switched on at {@code start} and off at {@code stop}, zero outside, over {@code duration}. */
public record Constant(double level, double start, double stop, double duration) implements Waveform {

    public Constant {
        if (!(0 <= start && start <= stop && stop <= duration)) {
            throw new IllegalArgumentException("need 0 <= start <= stop <= duration");
        }
    }

    @Override
    public double value(double t) {
        return t >= start && t < stop ? level : 0.0;
    }

    @Override
    public boolean piecewiseConstant() {
        return true;
    }

    @Override
    public double[] breakpoints() {
        return Breakpoints.normalise(new double[] { 0.0, start, stop, duration });
    }

    @Override
    public List<PulseWindow> pulseWindows() {
        return List.of();
    }
}
