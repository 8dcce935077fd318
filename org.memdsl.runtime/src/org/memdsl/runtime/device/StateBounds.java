package org.memdsl.runtime.device;

/** Keeps a bounded state variable inside its bounds by stopping its rate at them. */
final class StateBounds {

    /**
     * Largest exponent the models let an activated rate or drift reach (e^120 ≈ 10⁵²): beyond it a
     * process is over in far less than any step, and an integrator's overshooting trial stage must
     * leave the derivatives finite so that the step is rejected rather than the run failing on an
     * infinity.
     */
    static final double MAX_EXPONENT = 120;

    private StateBounds() {
    }

    /** {@code rate}, or 0 where it would push {@code x} beyond {@code [lower, upper]}. */
    static double rate(double x, double lower, double upper, double rate) {
        if ((x >= upper && rate > 0) || (x <= lower && rate < 0)) {
            return 0.0;
        }
        return rate;
    }

    static double clamp(double x, double lower, double upper) {
        return Math.min(upper, Math.max(lower, x));
    }
}
