package org.memdsl.runtime.device;

/**
 * A device model whose state and charge have a closed form while the drive is constant. On
 * protocols made of rectangular pulses and steps the simulator then advances each stretch between
 * two edges exactly, without an integrator (pulse-update models run at millions of updates per
 * second this way).
 */
public interface ConstantDriveSolution {

    /** Writes the state reached after {@code dt} from {@code state} under {@code drive} into {@code out}. */
    void advance(double[] state, Drive drive, double dt, double[] out);

    /** Charge {@code ∫ I dt} that flows during those {@code dt} seconds. */
    double charge(double[] state, Drive drive, double dt);
}
