package org.memdsl.runtime.simulation;

import org.hipparchus.analysis.UnivariateFunction;
import org.hipparchus.analysis.solvers.BracketedUnivariateSolver;
import org.hipparchus.analysis.solvers.BracketingNthOrderBrentSolver;
import org.hipparchus.ode.ODEState;
import org.hipparchus.ode.ODEStateAndDerivative;
import org.hipparchus.ode.events.Action;
import org.hipparchus.ode.events.AdaptableInterval;
import org.hipparchus.ode.events.ODEEventDetector;
import org.hipparchus.ode.events.ODEEventHandler;
import org.hipparchus.random.RandomGenerator;
import org.memdsl.runtime.device.DeviceEvent;

/**
 * Hipparchus detector and handler for one {@link DeviceEvent} on one segment of a protocol.
 * A device event re-arms itself (its reset puts {@code g} back on the side it came from), but
 * Hipparchus expects {@code g} to keep the sign it reached at the event; the detector therefore
 * reports {@code ±g}, flipping the sign at each event, so the reset is not taken for a new crossing.
 */
final class DeviceEventDetector implements ODEEventDetector, ODEEventHandler {

    /** Time accuracy of located events, relative to the segment length. */
    private static final double RELATIVE_ACCURACY = 1e-12;
    private static final int MAX_ITERATIONS = 200;
    /** Each integrator step is probed at least this many times for a sign change. */
    private static final int CHECKS_PER_SEGMENT = 64;

    private final DeviceEvent event;
    private final SegmentOde segment;
    private final RandomGenerator random;
    private final int accumulators;
    private final AdaptableInterval maxCheck;
    private final BracketedUnivariateSolver<UnivariateFunction> solver;
    private long count;
    private double sign = 1.0;

    DeviceEventDetector(DeviceEvent event, SegmentOde segment, double segmentLength, RandomGenerator random,
            int accumulators) {
        this.event = event;
        this.segment = segment;
        this.random = random;
        this.accumulators = accumulators;
        this.maxCheck = AdaptableInterval.of(segmentLength / CHECKS_PER_SEGMENT);
        double accuracy = RELATIVE_ACCURACY * Math.max(segmentLength, 1e-300);
        this.solver = new BracketingNthOrderBrentSolver(1e-14, accuracy, 1e-300, 5);
    }

    long count() {
        return count;
    }

    @Override
    public AdaptableInterval getMaxCheckInterval() {
        return maxCheck;
    }

    @Override
    public int getMaxIterationCount() {
        return MAX_ITERATIONS;
    }

    @Override
    public BracketedUnivariateSolver<UnivariateFunction> getSolver() {
        return solver;
    }

    @Override
    public ODEEventHandler getHandler() {
        return this;
    }

    @Override
    public double g(ODEStateAndDerivative state) {
        double t = state.getTime();
        double[] y = segment.fullState(t, state.getPrimaryState());
        return sign * event.g(t, y, segment.driveAt(t, y));
    }

    @Override
    public Action eventOccurred(ODEStateAndDerivative state, ODEEventDetector detector, boolean increasing) {
        return Action.RESET_STATE;
    }

    @Override
    public ODEState resetState(ODEEventDetector detector, ODEStateAndDerivative state) {
        count++;
        sign = -sign;
        double t = state.getTime();
        double[] y = segment.fullState(t, state.getPrimaryState());
        double[] next = event.apply(t, y, segment.driveAt(t, y), random);
        return new ODEState(t, segment.integratedState(t, next),
                new double[][] { state.getSecondaryState(accumulators) });
    }
}
