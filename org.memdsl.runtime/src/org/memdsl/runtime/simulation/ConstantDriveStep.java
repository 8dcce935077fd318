package org.memdsl.runtime.simulation;

import org.hipparchus.ode.ODEState;
import org.hipparchus.ode.OrdinaryDifferentialEquation;
import org.hipparchus.ode.nonstiff.DormandPrince853Integrator;
import org.memdsl.runtime.device.DeviceModel;
import org.memdsl.runtime.device.Drive;
import org.memdsl.runtime.device.RelaxingStates;

/**
 * One device's state after {@code dt} under a constant drive, for callers that step devices
 * themselves (a crossbar re-solving its circuit between sub-steps): the relaxing states of a
 * {@link RelaxingStates} model in closed form, the others by Dormand–Prince at the given relative
 * tolerance (absolute: the same times each state's scale). Device events are not applied.
 */
public final class ConstantDriveStep {

    private ConstantDriveStep() {
    }

    public static double[] advance(DeviceModel model, double[] state, Drive drive, double dt, double tolerance) {
        int n = state.length;
        Relaxation relaxation = model instanceof RelaxingStates relaxing
                ? new Relaxation(relaxing, n, drive, 0, state) : null;
        if (relaxation != null && !relaxation.integrates()) {
            return relaxation.expand(dt, new double[0]);
        }
        Relaxation closed = relaxation;
        OrdinaryDifferentialEquation ode = new OrdinaryDifferentialEquation() {
            @Override
            public int getDimension() {
                return closed != null ? closed.reducedDimension() : n;
            }

            @Override
            public double[] computeDerivatives(double t, double[] y) {
                double[] full = closed != null ? closed.expand(t, y) : y;
                double[] d = new double[n];
                model.derivatives(t, full, drive, d);
                return closed != null ? closed.reduce(d) : d;
            }
        };
        double[] scales = model.stateScales();
        double[] absolute = new double[n];
        double[] relative = new double[n];
        for (int s = 0; s < n; s++) {
            absolute[s] = tolerance * scales[s];
            relative[s] = tolerance;
        }
        if (closed != null) {
            absolute = closed.reduce(absolute);
            relative = closed.reduce(relative);
        }
        DormandPrince853Integrator integrator = new DormandPrince853Integrator(0, dt, absolute, relative);
        double[] start = closed != null ? closed.reduce(state) : state.clone();
        double[] end = integrator.integrate(ode, new ODEState(0, start), dt).getPrimaryState();
        return closed != null ? closed.expand(dt, end) : end;
    }
}
