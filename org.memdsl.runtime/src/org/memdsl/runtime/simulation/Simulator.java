package org.memdsl.runtime.simulation;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.hipparchus.exception.MathRuntimeException;
import org.hipparchus.ode.ExpandableODE;
import org.hipparchus.ode.ODEState;
import org.hipparchus.ode.ODEStateAndDerivative;
import org.hipparchus.ode.nonstiff.DormandPrince853Integrator;
import org.hipparchus.random.RandomGenerator;
import org.hipparchus.random.Well19937c;
import org.memdsl.runtime.device.ConstantDriveSolution;
import org.memdsl.runtime.device.DeviceEvent;
import org.memdsl.runtime.device.DeviceModel;
import org.memdsl.runtime.device.Drive;
import org.memdsl.runtime.result.TimeSeries;
import org.memdsl.runtime.stimulus.AppliedStimulus;

/**
 * Integrates a device model under a stimulus with Hipparchus' adaptive Dormand–Prince 8(5,3)
 * integrator, or, for a model with a {@link ConstantDriveSolution} under rectangular pulses and
 * steps, advances it by its closed form. The protocol is split at every stimulus breakpoint (pulse
 * edges, light switching), so a 200 µs pulse inside a long protocol is never stepped over, and each smooth stretch is
 * integrated on its own; output goes through a sampling step handler. Both sides of every
 * breakpoint are recorded (two rows with the same time), so a vertical pulse edge stays vertical.
 * At every breakpoint the model may change its state ({@link DeviceModel#atEdge}: a draw per pulse).
 */
public final class Simulator {

    private final SimulationOptions options;

    public Simulator(SimulationOptions options) {
        this.options = options;
    }

    /**
     * Columns: {@code time [s], voltage [V], irradiance [W/m²], current [A], charge [C],
     * energy [J]} (the last two accumulated from the start), then one per state variable. The
     * voltage is the source's, as an instrument logs it; behind a series resistance or a current
     * compliance ({@link org.memdsl.runtime.stimulus.SourceLimit}) the device sees less.
     */
    public TimeSeries run(DeviceModel model, AppliedStimulus stimulus, ProgressListener progress) {
        return simulate(model, stimulus, progress).series();
    }

    /** A run with the number of accepted integrator steps and of device events. */
    public record Run(TimeSeries series, long integratorSteps, long deviceEvents) {
    }

    public Run simulate(DeviceModel model, AppliedStimulus stimulus, ProgressListener progress) {
        return simulate(model, stimulus, progress, new Well19937c(0L));
    }

    /**
     * @param random the generator of every random draw of the run (device events); seed it from the
     *        experiment so that a run can be reproduced bit for bit
     */
    public Run simulate(DeviceModel model, AppliedStimulus stimulus, ProgressListener progress,
            RandomGenerator random) {
        List<String> columns = new ArrayList<>(List.of("time", "voltage", "irradiance", "current", "charge", "energy"));
        columns.addAll(List.of(model.stateNames()));
        List<String> units = new ArrayList<>(List.of("s", "V", "W/m^2", "A", "C", "J"));
        units.addAll(List.of(model.stateUnits()));
        double duration = stimulus.duration();
        TimeSeries series = new TimeSeries(columns, units, (int) Math.min(1 << 20,
                duration / options.sampleInterval() + 2));
        SamplingStepHandler sampler = new SamplingStepHandler(model, series, options.sampleInterval());

        double[] breakpoints = stimulus.breakpoints();
        double[] absoluteTolerance = model.stateScales().clone();
        for (int i = 0; i < absoluteTolerance.length; i++) {
            absoluteTolerance[i] *= options.absoluteTolerance();
        }
        double[] relativeTolerance = new double[absoluteTolerance.length];
        Arrays.fill(relativeTolerance, options.relativeTolerance());
        double[] state = model.initialState();
        double[] accumulated = new double[2];
        List<DeviceEventDetector> detectors = new ArrayList<>();
        ConstantDriveSolution exact = model instanceof ConstantDriveSolution solution && model.events().isEmpty()
                && stimulus.piecewiseConstant() && stimulus.limit().isNone() ? solution : null;
        boolean piecewiseConstant = stimulus.piecewiseConstant();
        long exactSteps = 0;
        LimitedDrive limited = new LimitedDrive(model, stimulus.limit());
        WallClockGuard guard = new WallClockGuard(options.wallClockLimit(), duration);
        // one integrator for the whole run: its step handlers stay, each stretch sets its own step bound and events
        DormandPrince853Integrator integrator = new DormandPrince853Integrator(0.0, duration, absoluteTolerance,
                relativeTolerance);
        integrator.addStepHandler(sampler);
        integrator.addStepHandler(guard);
        SegmentOde previous = null;
        for (int k = 0; k + 1 < breakpoints.length; k++) {
            double start = breakpoints[k];
            double end = breakpoints[k + 1];
            guard.check(start);
            SegmentOde ode = new SegmentOde(model, stimulus, start, end, limited, piecewiseConstant);
            Drive after = ode.appliedAt(start);
            // before the protocol the device rests: no voltage, no light
            Drive before = previous != null ? previous.appliedAt(start)
                    : new Drive(0, 0, after.wavelength(), after.temperature());
            state = model.atEdge(start, state, before, after, random).clone();
            previous = ode;
            sampler.startSegment(ode);
            sampler.record(start, state, accumulated);
            if (exact != null) {
                exactSteps += advanceExactly(exact, ode.appliedAt(0.5 * (start + end)), start, end, state, accumulated,
                        sampler);
                checkFinite(state, end);
                checkFinite(accumulated, end);
                progress.progress(end / duration);
                continue;
            }
            integrator.setStepSizeControl(0.0, Math.min(options.maxStep(), end - start), absoluteTolerance,
                    relativeTolerance);
            integrator.clearEventDetectors();
            ExpandableODE equations = new ExpandableODE(ode);
            int accumulators = equations.addSecondaryEquations(new ChargeAndEnergy(model, ode));
            sampler.setAccumulatorIndex(accumulators);
            for (DeviceEvent event : model.events()) {
                DeviceEventDetector detector = new DeviceEventDetector(event, ode, end - start, random, accumulators);
                integrator.addEventDetector(detector);
                detectors.add(detector);
            }
            ODEStateAndDerivative last;
            try {
                last = integrator.integrate(equations, new ODEState(start, state, new double[][] { accumulated }),
                        end);
            } catch (MathRuntimeException e) {
                throw new SimulationException(String.format("the integration failed between t = %.6g s and %.6g s "
                        + "(%s): the device's parameters or the stimulus drive the model outside the range it can be "
                        + "integrated in", start, end, e.getMessage()));
            }
            state = last.getPrimaryState();
            accumulated = last.getSecondaryState(accumulators);
            checkFinite(state, end);
            checkFinite(accumulated, end);
            progress.progress(end / duration);
        }
        long events = detectors.stream().mapToLong(DeviceEventDetector::count).sum();
        return new Run(series, sampler.steps() + exactSteps, events);
    }

    /**
     * One constant-drive stretch by the model's closed form: every grid sample inside it and its
     * end are computed from the stretch's start, so no error accumulates. Updates {@code state} and
     * {@code accumulated} in place and returns the number of closed-form evaluations.
     */
    private static long advanceExactly(ConstantDriveSolution exact, Drive drive, double start, double end,
            double[] state, double[] accumulated, SamplingStepHandler sampler) {
        double[] at = new double[state.length];
        double[] sums = new double[2];
        long evaluations = 1;
        for (double t = sampler.nextSampleTime(); t < end; t = sampler.nextSampleTime()) {
            if (t > start) {
                exact.advance(state, drive, t - start, at);
                double q = exact.charge(state, drive, t - start);
                sums[0] = accumulated[0] + q;
                sums[1] = accumulated[1] + q * ((DeviceModel) exact).currentPathVoltage(drive);
                sampler.recordRow(t, at, sums);
                evaluations++;
            }
            sampler.skipSample();
        }
        double q = exact.charge(state, drive, end - start);
        exact.advance(state, drive, end - start, at);
        System.arraycopy(at, 0, state, 0, state.length);
        accumulated[0] += q;
        accumulated[1] += q * ((DeviceModel) exact).currentPathVoltage(drive);
        sampler.record(end, state, accumulated);
        return evaluations;
    }

    private static void checkFinite(double[] state, double t) {
        for (double x : state) {
            if (!Double.isFinite(x)) {
                throw new SimulationException(
                        String.format("state or accumulated charge became non-finite at t = %g s", t));
            }
        }
    }
}
