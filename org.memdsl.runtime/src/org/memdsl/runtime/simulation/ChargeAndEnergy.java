package org.memdsl.runtime.simulation;

import org.hipparchus.ode.SecondaryODE;
import org.memdsl.runtime.device.DeviceModel;
import org.memdsl.runtime.device.Drive;

/**
 * Accumulated charge {@code Q = ∫ I dt} and electrical energy {@code E = ∫ I·V dt} delivered by the
 * source ({@code V} the source voltage, as papers report {@code E = V·I·t}; without a series
 * resistance or compliance it is the device's voltage), integrated
 * along the device state as Hipparchus secondary equations: they use the same Runge–Kutta stages
 * (so pulse means and pulse energies are quadratures of the integrator's order, independent of
 * the output sampling) but do not drive the step-size control.
 */
final class ChargeAndEnergy implements SecondaryODE {

    private final DeviceModel model;
    private final SegmentOde segment;

    ChargeAndEnergy(DeviceModel model, SegmentOde segment) {
        this.model = model;
        this.segment = segment;
    }

    @Override
    public int getDimension() {
        return 2;
    }

    @Override
    public double[] computeDerivatives(double t, double[] primary, double[] primaryDot, double[] secondary) {
        Drive applied = segment.appliedAt(t);
        double[] state = segment.fullState(t, primary);
        double current = model.current(t, state, segment.behindLimit(t, state, applied));
        return new double[] { current, current * model.currentPathVoltage(applied) };
    }
}
