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
import org.memdsl.runtime.device.RelaxingStates;
import org.memdsl.runtime.result.TimeSeries;
import org.memdsl.runtime.stimulus.AppliedStimulus;
import org.memdsl.runtime.stimulus.SourceLimit;

/**
 * Integrates a device model under a stimulus with Hipparchus' adaptive Dormand–Prince 8(5,3)
 * integrator, or, for a model with a {@link ConstantDriveSolution} under rectangular pulses and
 * steps, advances it by its closed form. The protocol is split at every stimulus breakpoint (pulse
 * edges, light switching), so a 200 µs pulse inside a long protocol is never stepped over, and each smooth stretch is
 * integrated on its own; output goes through a sampling step handler. Both sides of every
 * breakpoint are recorded (two rows with the same time), so a vertical pulse edge stays vertical.
 * At every breakpoint the model may change its state ({@link DeviceModel#atEdge}: a draw per pulse).
 * Where the device sees a constant drive, the relaxing states of a {@link RelaxingStates} model are
 * advanced in closed form, so their time constants do not bound the integrator's steps.
 */
public final class Simulator {

    /**
     * Time constants of a closed-form state after which its transient ({@code e^(−20)} ≈ 2·10⁻⁹,
     * the integrator's relative tolerance) no longer matters to the current.
     */
    private static final double SETTLING = 20;

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
            int rowsBefore = series.rows();
            long gridBefore = sampler.mark();
            ODEStateAndDerivative last = null;
            Relaxation relaxation = relaxIfConstant(model, stimulus, ode, start, end, state);
            while (last == null) {
                limited.clearEngaged();
                double[] integratedAbsolute = ode.integratedPart(absoluteTolerance);
                double[] integratedRelative = ode.integratedPart(relativeTolerance);
                integrator.clearEventDetectors();
                ExpandableODE equations = new ExpandableODE(ode);
                int accumulators = equations.addSecondaryEquations(new ChargeAndEnergy(model, ode));
                sampler.setAccumulatorIndex(accumulators);
                for (DeviceEvent event : model.events()) {
                    DeviceEventDetector detector = new DeviceEventDetector(event, ode, end - start, random,
                            accumulators);
                    integrator.addEventDetector(detector);
                    detectors.add(detector);
                }
                try {
                    ODEState from = new ODEState(start, ode.integratedPart(state), new double[][] { accumulated });
                    double maxStep = Math.min(options.maxStep(), end - start);
                    if (relaxation != null) {
                        // the closed-form states take the current through transients the step control no
                        // longer sees: while one has not died out, steps are no longer than its time constant
                        for (double rate : relaxation.ratesFastestFirst()) {
                            double settled = start + SETTLING / rate;
                            if (settled >= end - 1e-6 * (end - start)) {
                                maxStep = Math.min(maxStep, 1 / rate);
                                break;
                            }
                            integrator.setStepSizeControl(0.0, Math.min(maxStep, 1 / rate), integratedAbsolute,
                                    integratedRelative);
                            sampler.holdEnd(true);
                            ODEStateAndDerivative part = integrator.integrate(equations, from, settled);
                            sampler.holdEnd(false);
                            from = new ODEState(settled, part.getPrimaryState(),
                                    new double[][] { part.getSecondaryState(accumulators) });
                        }
                    }
                    integrator.setStepSizeControl(0.0, maxStep, integratedAbsolute, integratedRelative);
                    last = integrator.integrate(equations, from, end);
                } catch (MathRuntimeException e) {
                    throw new SimulationException(String.format("the integration failed between t = %.6g s and "
                            + "%.6g s (%s): the device's parameters or the stimulus drive the model outside the range "
                            + "it can be integrated in", start, end, e.getMessage()));
                }
                if (relaxation != null && limited.engaged()) {
                    // the compliance acted, so the drive was not constant: the stretch again, all integrated
                    series.truncate(rowsBefore);
                    sampler.restore(gridBefore);
                    sampler.holdEnd(false);
                    relaxation = null;
                    ode.relax(null);
                    last = null;
                }
            }
            state = ode.fullState(end, last.getPrimaryState());
            accumulated = last.getSecondaryState(sampler.accumulatorIndex());
            checkFinite(state, end);
            checkFinite(accumulated, end);
            progress.progress(end / duration);
        }
        long events = detectors.stream().mapToLong(DeviceEventDetector::count).sum();
        return new Run(series, sampler.steps() + exactSteps, events);
    }

    /**
     * On a stretch where the device sees a constant drive (a piecewise-constant protocol, and no source
     * limit, no voltage for one to act on, or a compliance that does not act), the relaxing states of a
     * {@link RelaxingStates} model are advanced in closed form and only the others are integrated. Under
     * a compliance this is tried first and the stretch integrated whole again if the compliance acted
     * (a model without events: a redone stretch must not draw twice).
     */
    private static Relaxation relaxIfConstant(DeviceModel model, AppliedStimulus stimulus, SegmentOde ode,
            double start, double end, double[] state) {
        if (!(model instanceof RelaxingStates relaxing) || !stimulus.piecewiseConstant()) {
            return null;
        }
        Drive drive = ode.appliedAt(0.5 * (start + end));
        SourceLimit limit = stimulus.limit();
        if (!limit.isNone() && drive.voltage() != 0 && (limit.seriesResistance() > 0 || !model.events().isEmpty())) {
            return null;
        }
        Relaxation relaxation = new Relaxation(relaxing, state.length, drive, start, state);
        if (!relaxation.integrates()) {
            return null;
        }
        ode.relax(relaxation);
        return relaxation;
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
