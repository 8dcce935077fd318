package org.memdsl.runtime.stimulus;

import java.util.List;

/**
 * A scalar signal of time on {@code [0, duration]}, piecewise smooth. Breakpoints are the times
 * where the signal or its slope jumps; the simulator integrates between them so that no edge is
 * stepped over, however short.
 */
public interface Waveform {

    double value(double t);

    double duration();

    /**
     * {@code d value/dt} at {@code t} inside a smooth stretch (between breakpoints). 0 by default, which is
     * right for a piecewise-constant waveform; every other waveform overrides it.
     */
    default double slope(double t) {
        return 0.0;
    }

    /** Sorted times in {@code [0, duration]} at which the signal is not smooth. */
    double[] breakpoints();

    /**
     * Whether the signal is constant between consecutive breakpoints (rectangular pulses, steps);
     * the simulator then solves models with a closed form without an integrator.
     */
    default boolean piecewiseConstant() {
        return false;
    }

    /** Plateau windows of the pulses of this waveform, in time order (empty for sweeps). */
    List<PulseWindow> pulseWindows();
}
