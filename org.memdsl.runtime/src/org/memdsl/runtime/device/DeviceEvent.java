package org.memdsl.runtime.device;

import org.hipparchus.random.RandomGenerator;

/**
 * A discrete event of a device model: a threshold crossing (filament completed, filament broken,
 * a neuron firing) that changes the state at once. The engine locates the zero of
 * {@link #g} with a root solver inside the integrator step (Hipparchus event detection) and
 * continues from {@link #apply}. Random draws (cycle-to-cycle variation) come only from the
 * run's seeded generator, so the same seed gives the same events.
 */
public interface DeviceEvent {

    /** Switching function; the event happens where it changes sign. */
    double g(double t, double[] state, Drive drive);

    /** The state just after the event. Must not modify {@code state}. */
    double[] apply(double t, double[] state, Drive drive, RandomGenerator random);
}
