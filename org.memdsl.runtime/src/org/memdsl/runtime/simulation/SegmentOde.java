package org.memdsl.runtime.simulation;

import org.hipparchus.ode.OrdinaryDifferentialEquation;
import org.memdsl.runtime.device.DeviceModel;
import org.memdsl.runtime.device.Drive;
import org.memdsl.runtime.stimulus.AppliedStimulus;

/**
 * The device ODE on one smooth stretch {@code [start, end]} between two stimulus breakpoints. The
 * drive is read just inside the stretch, so a jump at either end is seen from the correct side: by
 * a billionth of the stretch, but at least by a picosecond per second of protocol time (well above
 * the rounding of breakpoint times summed over long sequences, which would otherwise show a 100 ns
 * pulse late in a long protocol as absent at its own start and stall the integrator).
 */
final class SegmentOde implements OrdinaryDifferentialEquation {

    private static final double INSIDE = 1e-9;
    private static final double INSIDE_OF_TIME = 1e-12;

    private final DeviceModel model;
    private final AppliedStimulus stimulus;
    private final double start;
    private final double end;
    private final LimitedDrive limited;
    /** The stretch's drive when every channel is constant on it (looked up once), else null. */
    private final Drive constant;

    SegmentOde(DeviceModel model, AppliedStimulus stimulus, double start, double end, LimitedDrive limited,
            boolean piecewiseConstant) {
        this.model = model;
        this.limited = limited;
        this.stimulus = stimulus;
        this.start = start;
        this.end = end;
        this.constant = piecewiseConstant ? lookUp(0.5 * (start + end)) : null;
    }

    @Override
    public int getDimension() {
        return model.stateNames().length;
    }

    /** What the source applies at {@code t}. */
    Drive appliedAt(double t) {
        return constant != null ? constant : lookUp(t);
    }

    private Drive lookUp(double t) {
        double length = end - start;
        double margin = Math.min(0.25 * length,
                Math.max(INSIDE * length, INSIDE_OF_TIME * Math.max(1.0, Math.abs(end))));
        return stimulus.driveAt(Math.min(end - margin, Math.max(start + margin, t)));
    }

    /** What the device sees at {@code t} in {@code state}, behind the source's limits. */
    Drive driveAt(double t, double[] state) {
        return behindLimit(t, state, appliedAt(t));
    }

    /** What the device sees when the source applies {@code applied} (no second stimulus lookup). */
    Drive behindLimit(double t, double[] state, Drive applied) {
        return limited.apply(t, state, applied);
    }

    @Override
    public double[] computeDerivatives(double t, double[] y) {
        double[] derivative = new double[y.length];
        model.derivatives(t, y, driveAt(t, y), derivative);
        return derivative;
    }
}
