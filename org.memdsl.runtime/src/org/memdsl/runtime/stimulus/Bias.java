package org.memdsl.runtime.stimulus;

import java.util.List;

/**
 * A constant read bias for the whole protocol. It has no pulse windows, so pulse measurements
 * (EPSC, PPF) take the windows of the optical channel instead: the response to light pulses.
 */
public record Bias(double level, double duration) implements Waveform {

    public Bias {
        if (!(duration > 0)) {
            throw new IllegalArgumentException("bias duration must be > 0");
        }
    }

    @Override
    public double value(double t) {
        return level;
    }

    @Override
    public boolean piecewiseConstant() {
        return true;
    }

    @Override
    public double[] breakpoints() {
        return new double[] { 0.0, duration };
    }

    @Override
    public List<PulseWindow> pulseWindows() {
        return List.of();
    }
}
