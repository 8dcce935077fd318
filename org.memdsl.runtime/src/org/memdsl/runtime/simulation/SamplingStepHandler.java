package org.memdsl.runtime.simulation;

import org.hipparchus.ode.ODEStateAndDerivative;
import org.hipparchus.ode.sampling.ODEStateInterpolator;
import org.hipparchus.ode.sampling.ODEStepHandler;
import org.memdsl.runtime.device.DeviceModel;
import org.memdsl.runtime.device.Drive;
import org.memdsl.runtime.result.TimeSeries;

/**
 * Records the state on the global sampling grid {@code k·Δt} from the integrator's dense output,
 * plus the end of every segment, into a {@link TimeSeries}.
 */
final class SamplingStepHandler implements ODEStepHandler {

    private final DeviceModel model;
    private final TimeSeries out;
    private final double interval;
    private SegmentOde segment;
    private int accumulatorIndex;
    private long nextIndex;
    private long steps;
    private boolean holdEnd;

    SamplingStepHandler(DeviceModel model, TimeSeries out, double interval) {
        this.model = model;
        this.out = out;
        this.interval = interval;
    }

    void startSegment(SegmentOde ode) {
        this.segment = ode;
    }

    /** Index of the charge/energy secondary state in the integrator's expandable ODE. */
    void setAccumulatorIndex(int index) {
        this.accumulatorIndex = index;
    }

    int accumulatorIndex() {
        return accumulatorIndex;
    }

    /** The position on the sampling grid, to {@link #restore} when a stretch is computed again. */
    long mark() {
        return nextIndex;
    }

    void restore(long mark) {
        nextIndex = mark;
    }

    /** Records a segment boundary and moves the grid past it. */
    void record(double t, double[] state, double[] accumulated) {
        recordRow(t, state, accumulated);
        long k = (long) Math.floor(t / interval) + 1;
        while (k > 0 && (k - 1) * interval > t) {
            k--;
        }
        while (k * interval <= t) {
            k++;
        }
        nextIndex = Math.max(nextIndex, k);
    }

    /** Records one row; also used for grid samples computed outside the integrator. */
    void recordRow(double t, double[] state, double[] accumulated) {
        Drive applied = segment.appliedAt(t);
        Drive drive = segment.behindLimit(t, state, applied);
        double[] row = new double[6 + state.length];
        row[0] = t;
        row[1] = applied.voltage();
        row[2] = drive.intensity();
        row[3] = model.current(t, state, drive);
        row[4] = accumulated[0];
        row[5] = accumulated[1];
        System.arraycopy(state, 0, row, 6, state.length);
        out.append(row);
    }

    /** Time of the next point of the sampling grid. */
    double nextSampleTime() {
        return nextIndex * interval;
    }

    void skipSample() {
        nextIndex++;
    }

    /** While held, the end of an integration is not recorded (a stretch integrated in two parts). */
    void holdEnd(boolean hold) {
        this.holdEnd = hold;
    }

    long steps() {
        return steps;
    }

    @Override
    public void handleStep(ODEStateInterpolator interpolator) {
        steps++;
        double current = interpolator.getCurrentState().getTime();
        // record(...) has moved the grid past the segment start, so every grid time below the
        // current step's end lies in this step (including one that falls exactly on its start)
        while (nextIndex * interval < current) {
            double t = nextIndex * interval;
            ODEStateAndDerivative at = interpolator.getInterpolatedState(t);
            recordRow(t, segment.fullState(t, at.getPrimaryState()), at.getSecondaryState(accumulatorIndex));
            nextIndex++;
        }
    }

    @Override
    public void finish(ODEStateAndDerivative finalState) {
        if (holdEnd) {
            return;
        }
        double t = finalState.getTime();
        record(t, segment.fullState(t, finalState.getPrimaryState()), finalState.getSecondaryState(accumulatorIndex));
    }
}
