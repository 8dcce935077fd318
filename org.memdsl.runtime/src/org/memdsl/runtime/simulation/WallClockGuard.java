package org.memdsl.runtime.simulation;

import org.hipparchus.ode.sampling.ODEStateInterpolator;
import org.hipparchus.ode.sampling.ODEStepHandler;

/**
 * Stops a run that has used up its wall-clock time: checked every {@value #EVERY} accepted
 * integrator steps and after every segment, so an integrator creeping through a stiff stretch in
 * femtosecond steps is stopped with an error naming where it was, not left to run for days.
 */
final class WallClockGuard implements ODEStepHandler {

    private static final int EVERY = 256;

    private final double limitSeconds;
    private final long startNanos = System.nanoTime();
    private final double duration;
    private long steps;

    WallClockGuard(double limitSeconds, double duration) {
        this.limitSeconds = limitSeconds;
        this.duration = duration;
    }

    @Override
    public void handleStep(ODEStateInterpolator interpolator) {
        if (++steps % EVERY == 0) {
            check(interpolator.getCurrentState().getTime());
        }
    }

    /** @throws SimulationException once the run has taken longer than the limit */
    void check(double t) {
        if (Double.isInfinite(limitSeconds)) {
            return;
        }
        double elapsed = (System.nanoTime() - startNanos) * 1e-9;
        if (elapsed > limitSeconds) {
            throw new SimulationException(String.format("the run was stopped after %.3g s of wall-clock time "
                    + "(max_run_time) at t = %.6g s of %.6g s, after %d integrator steps: the model needs far "
                    + "smaller steps than estimated here; raise max_run_time, set a larger max_step, or shorten "
                    + "the protocol", elapsed, t, duration, steps));
        }
    }
}
