package org.memdsl.runtime.device;

/**
 * A device model some of whose state variables, while the drive is constant, relax exponentially
 * towards a target on their own: {@code dxᵢ/dt = (targetᵢ − xᵢ)·rateᵢ}, with target and rate set by
 * the drive and by the side of the target the variable starts on, and independent of the other
 * states. The model's {@link DeviceModel#derivatives} still states these equations; the simulator
 * may instead advance these variables in closed form and integrate only the others, which removes
 * their (often fast) time constants from the integrator's step size: a contact capacitance charging
 * in microseconds no longer holds a hundred-second protocol to microsecond steps.
 */
public interface RelaxingStates {

    /** Indices of the relaxing state variables, ascending. */
    int[] relaxingStates();

    /** The value state {@code index} relaxes to under {@code drive}, starting from {@code value}. */
    double relaxationTarget(int index, double value, Drive drive);

    /** The rate (1/s, ≥ 0) at which state {@code index} relaxes under {@code drive} from {@code value}. */
    double relaxationRate(int index, double value, Drive drive);
}
