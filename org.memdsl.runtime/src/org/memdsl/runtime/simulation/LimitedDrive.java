package org.memdsl.runtime.simulation;

import org.hipparchus.analysis.solvers.BracketingNthOrderBrentSolver;
import org.hipparchus.exception.MathRuntimeException;
import org.memdsl.runtime.device.DeviceModel;
import org.memdsl.runtime.device.Drive;
import org.memdsl.runtime.stimulus.SourceLimit;

/**
 * The voltage the device sees behind a {@link SourceLimit}: the root of
 * {@code V_d + R_s·I(V_d) − V} on {@code [0, V]}, then, if {@code |I(V_d)|} exceeds the
 * compliance, the root of {@code I(V_d) − sign(V)·I_cc}: the compliance holds the current in the
 * source's direction (Hipparchus Brent solver; the current is taken to grow with the voltage at a
 * fixed state, as it does for every model of the engine, but need not vanish at 0 V: a polarised cell
 * drives a current of its own there). {@code I} is
 * the device's DC current ({@link DeviceModel#dcCurrent}): an instrument's compliance loop regulates
 * the steady current, not the microsecond charging of the cell's capacitances.
 */
final class LimitedDrive {

    private static final int MAX_EVALUATIONS = 200;

    private final DeviceModel model;
    private final SourceLimit limit;
    private boolean engaged;
    private final BracketingNthOrderBrentSolver solver = new BracketingNthOrderBrentSolver(1e-15, 1e-13, 1e-300,
            5);

    LimitedDrive(DeviceModel model, SourceLimit limit) {
        this.model = model;
        this.limit = limit;
    }

    Drive apply(double t, double[] state, Drive applied) {
        double v = applied.voltage();
        if (limit.isNone() || v == 0) {
            return applied;
        }
        double vd = v;
        if (limit.seriesResistance() > 0) {
            vd = root(x -> x + limit.seriesResistance() * current(t, state, applied, x) - v, v);
        }
        double cc = limit.compliance(v);
        if (cc > 0 && Math.abs(current(t, state, applied, vd)) > cc) {
            double held = Math.signum(v) * cc;
            vd = root(x -> current(t, state, applied, x) - held, vd);
            engaged = true;
        }
        // the slope is the source's: behind the limit the device's own is not known without the state's change
        return new Drive(vd, applied.intensity(), applied.wavelength(), applied.temperature(), applied.slope());
    }

    /** Forgets whether the compliance acted. */
    void clearEngaged() {
        engaged = false;
    }

    /** Whether the compliance has acted since {@link #clearEngaged}. */
    boolean engaged() {
        return engaged;
    }

    private double current(double t, double[] state, Drive applied, double vd) {
        return model.dcCurrent(state, new Drive(vd, applied.intensity(), applied.wavelength(), applied.temperature()));
    }

    private double root(org.hipparchus.analysis.UnivariateFunction f, double end) {
        double lo = Math.min(0, end);
        double hi = Math.max(0, end);
        try {
            return solver.solve(MAX_EVALUATIONS, f, lo, hi);
        } catch (MathRuntimeException e) {
            throw new SimulationException(String.format(
                    "cannot solve the device voltage behind the source limit at %g V: %s", end, e.getMessage()));
        }
    }
}
