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
    /** The states advanced in closed form on this stretch, or null when all are integrated. */
    private Relaxation relaxation;

    SegmentOde(DeviceModel model, AppliedStimulus stimulus, double start, double end, LimitedDrive limited,
            boolean piecewiseConstant) {
        this.model = model;
        this.limited = limited;
        this.stimulus = stimulus;
        this.start = start;
        this.end = end;
        this.constant = piecewiseConstant ? lookUp(0.5 * (start + end)) : null;
    }

    /**
     * Advances {@code relaxed}'s states in closed form on this stretch; the integrator then sees only the
     * others (a stretch of constant drive seen by the device as applied).
     */
    void relax(Relaxation relaxed) {
        // null: every state integrated again
        this.relaxation = relaxed;
    }

    @Override
    public int getDimension() {
        return relaxation != null ? relaxation.reducedDimension() : model.stateNames().length;
    }

    /** The model's state at {@code t} from the integrator's state {@code y}. */
    double[] fullState(double t, double[] y) {
        return relaxation != null ? relaxation.expand(t, y) : y;
    }

    /** The integrator's state for the model's state {@code full} (restarting the closed form at {@code t}). */
    double[] integratedState(double t, double[] full) {
        if (relaxation == null) {
            return full;
        }
        relaxation.restart(t, full);
        return relaxation.reduce(full);
    }

    /** {@code perState} (one value per model state) for the integrator's states. */
    double[] integratedPart(double[] perState) {
        return relaxation != null ? relaxation.reduce(perState) : perState;
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
        double[] full = fullState(t, y);
        double[] derivative = new double[full.length];
        model.derivatives(t, full, driveAt(t, full), derivative);
        return integratedPart(derivative);
    }
}
