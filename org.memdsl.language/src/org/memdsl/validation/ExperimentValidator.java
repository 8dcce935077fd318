package org.memdsl.validation;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.EcoreUtil2;
import org.eclipse.xtext.validation.Check;
import org.memdsl.compiler.Application;
import org.memdsl.compiler.Bindings;
import org.memdsl.compiler.CompileException;
import org.memdsl.compiler.MemDslCompiler;
import org.memdsl.memDsl.Applied;
import org.memdsl.memDsl.Experiment;
import org.memdsl.memDsl.Measurement;
import org.memdsl.memDsl.MemDslPackage;
import org.memdsl.memDsl.ParameterAssignment;
import org.memdsl.memDsl.Repeat;
import org.memdsl.memDsl.ScheduleItem;
import org.memdsl.memDsl.Stimulus;
import org.memdsl.memDsl.Value;
import org.memdsl.runtime.ExperimentPlan;
import org.memdsl.runtime.catalog.Dimension;
import org.memdsl.runtime.stimulus.AppliedStimulus;
import org.memdsl.runtime.stimulus.Channel;
import org.memdsl.runtime.stimulus.StimulusKinds;
import org.memdsl.runtime.stimulus.Timeline;
import org.memdsl.units.UnitException;

/** Rules on experiments: what they apply and when, and what they measure (output names also of networks). */
public class ExperimentValidator extends MemDslRuleValidator {

    /** Every item of type {@code type} of a schedule, inside repeats too. */
    private static <T extends ScheduleItem> List<T> all(List<ScheduleItem> schedule, Class<T> type) {
        List<T> all = new ArrayList<>();
        for (ScheduleItem item : schedule) {
            if (type.isInstance(item)) {
                all.add(type.cast(item));
            }
            all.addAll(EcoreUtil2.eAllOfType(item, type));
        }
        return all;
    }

    private static List<Applied> placements(List<ScheduleItem> schedule) {
        return all(schedule, Applied.class);
    }

    private static List<Stimulus> applied(List<ScheduleItem> schedule) {
        return placements(schedule).stream().map(Applied::getStimulus).toList();
    }

    /** What an experiment on a device runs, once the protocol it uses (if any) is known. */
    private static Optional<Application> application(Experiment experiment) {
        if (experiment.getArray() != null || experiment.getUse() != null
                && (experiment.getUse().getProtocol() == null || experiment.getUse().getProtocol().eIsProxy())) {
            return Optional.empty();
        }
        try {
            return Optional.of(Application.of(experiment));
        } catch (CompileException e) {
            return Optional.empty(); // an argument the protocol does not take: ProtocolValidator reports it
        }
    }

    @Check
    public void checkElectricalStimulus(Experiment experiment) {
        Optional<Application> application = application(experiment);
        if (application.isEmpty()) {
            return;
        }
        List<Stimulus> stimuli = applied(application.get().schedule());
        if (stimuli.stream().anyMatch(s -> s == null || s.eIsProxy())) {
            return;
        }
        boolean electrical = stimuli.stream().map(Stimulus::getKind).map(StimulusKinds.CATALOGUE::byName)
                .anyMatch(k -> k.isPresent() && k.get().channel() == Channel.ELECTRICAL);
        boolean allKnown = stimuli.stream().allMatch(s -> StimulusKinds.CATALOGUE.byName(s.getKind()).isPresent());
        if (!electrical && allKnown) {
            error("an experiment applies at least one electrical stimulus (pulse, train, paired, sweep, bias; "
                    + "several play one after another)", experiment, MemDslPackage.Literals.EXPERIMENT__SCHEDULE,
                    IssueCodes.ELECTRICAL_STIMULUS_COUNT);
        }
    }

    /** A count written as a number; a {@code $name} count is checked by {@link ProtocolValidator}. */
    @Check
    public void checkRepeatCount(Repeat repeat) {
        if (repeat.getCountUse() != null) {
            return;
        }
        double count = repeat.getCount();
        if (!Timeline.isRepeatCount(count)) {
            error("a repeat count is a whole number from 1 to " + Timeline.MAX_PARTS + ", not "
                    + Dimension.DIMENSIONLESS.format(count), repeat, MemDslPackage.Literals.REPEAT__COUNT,
                    IssueCodes.REPEAT_COUNT);
        }
    }

    /** Inside a repeat stimuli follow one another: a fixed start time would collide on the second pass. */
    @Check
    public void checkNoFixedTimeInRepeat(Applied applied) {
        if (applied.getAt() != null && EcoreUtil2.getContainerOfType(applied, Repeat.class) != null) {
            error("inside 'repeat' stimuli follow one another; 'at' fixes one time, use 'after' or move it out",
                    applied, MemDslPackage.Literals.APPLIED__AT, IssueCodes.TIMED_IN_REPEAT);
        }
    }

    /**
     * Compiles the experiment once everything it refers to is valid, so that what the run would
     * refuse (overlapping stimuli, a PPF without pairs, retention without reads, more samples than
     * {@code max_samples}) is reported at the place that causes it, before anything runs.
     */
    @Check
    public void checkExperimentRuns(Experiment experiment) {
        Optional<Application> application = application(experiment);
        if (application.isEmpty() || experiment.getDevice() == null || experiment.getDevice().eIsProxy()
                || !referencesValid(application.get()) || !argumentsFit(experiment)) {
            return;
        }
        ExperimentPlan plan;
        try {
            plan = MemDslCompiler.checkedExperiment(application.get());
        } catch (CompileException e) {
            boolean inside = e.source() != null && e.source().eResource() == experiment.eResource()
                    && EcoreUtil2.isAncestor(experiment, e.source());
            EObject at = inside ? e.source() : experiment;
            String where = inside || experiment.getUse() == null ? ""
                    : "protocol '" + experiment.getUse().getProtocol().getName() + "': ";
            error(where + e.getMessage(), at, at == experiment ? MemDslPackage.Literals.ELEMENT__NAME : null,
                    IssueCodes.INVALID_EXPERIMENT);
            return;
        } catch (IllegalArgumentException | UnitException e) {
            error(e.getMessage(), experiment, MemDslPackage.Literals.ELEMENT__NAME, IssueCodes.INVALID_EXPERIMENT);
            return;
        }
        AppliedStimulus stimulus = plan.stimulus();
        double light = stimulus.light().map(l -> l.duration()).orElse(0.0);
        double electrical = stimulus.voltage().duration();
        if (light > electrical * (1 + 1e-9)) {
            warning("the light goes on " + Dimension.TIME.formatRounded(light - electrical) + " after the last "
                    + "electrical stimulus ends, and the run lasts until it ends ("
                    + Dimension.TIME.formatRounded(light) + " in all)", experiment,
                    MemDslPackage.Literals.ELEMENT__NAME,
                    IssueCodes.LIGHT_OUTLASTS_ELECTRICAL);
        }
    }

    /** The arguments an experiment gives its protocol fit where the protocol uses them. */
    private static boolean argumentsFit(Experiment experiment) {
        return experiment.getUse() == null || ProtocolValidator.argumentsFit(experiment.getUse().getArguments(),
                experiment.getUse().getProtocol(), false);
    }

    /**
     * The device, every stimulus, the settings and every measurement are valid on their own, with
     * the values the application gives the protocol's parameters.
     */
    static boolean referencesValid(Application application) {
        List<Applied> placements = placements(application.schedule());
        List<Stimulus> stimuli = applied(application.schedule());
        if (stimuli.isEmpty() || stimuli.stream().anyMatch(s -> s == null || s.eIsProxy())) {
            return false;
        }
        if (placements.stream().anyMatch(a -> a.getAfter() != null && a.getAfter().eIsProxy())) {
            return false;
        }
        if (stimuli.stream().map(s -> StimulusKinds.CATALOGUE.byName(s.getKind()))
                .noneMatch(k -> k.isPresent() && k.get().channel() == Channel.ELECTRICAL)) {
            return false;
        }
        Bindings bindings = application.bindings();
        if (!AssignmentValidator.allAssignmentsValid(application.device())) {
            return false;
        }
        for (EObject block : settingsBlocks(application)) {
            if (!AssignmentValidator.allAssignmentsValid(block, bindings)) {
                return false;
            }
        }
        for (Stimulus s : stimuli) {
            if (!AssignmentValidator.allAssignmentsValid(s, bindings)) {
                return false;
            }
        }
        for (Measurement m : application.measurements()) {
            if (!AssignmentValidator.allAssignmentsValid(m, bindings)) {
                return false;
            }
        }
        if (placements.stream()
                .anyMatch(a -> a.getAt() != null && EcoreUtil2.getContainerOfType(a, Repeat.class) != null)) {
            return false;
        }
        for (Repeat repeat : all(application.schedule(), Repeat.class)) {
            if (repeat.getCountUse() != null
                    ? ProtocolValidator.misfit(repeat.getCountUse(), safeResolve(bindings, repeat)).isPresent()
                    : !Timeline.isRepeatCount(repeat.getCount())) {
                return false;
            }
        }
        return true;
    }

    private static Value safeResolve(Bindings bindings, Repeat repeat) {
        try {
            return bindings.resolve(repeat.getCountUse());
        } catch (CompileException e) {
            return repeat.getCountUse();
        }
    }

    /** The blocks whose settings an application combines: its protocol's, its experiment's or characterisation's. */
    private static List<EObject> settingsBlocks(Application application) {
        Set<EObject> blocks = new LinkedHashSet<>();
        for (ParameterAssignment a : application.settings()) {
            blocks.add(a.eContainer());
        }
        if (application.source() instanceof Experiment experiment) {
            blocks.add(experiment);
        }
        return new ArrayList<>(blocks);
    }

    /** Two measurements of one block (experiment or network) must not write the same files. */
    @Check
    public void checkOutputWrittenOnce(Measurement measurement) {
        if (measurement.getKind() == null) {
            return;
        }
        String output = MemDslCompiler.outputName(measurement);
        for (EObject sibling : measurement.eContainer().eContents()) {
            if (sibling == measurement) {
                return;
            }
            if (sibling instanceof Measurement other && other.getKind() != null
                    && MemDslCompiler.outputName(other).equals(output)) {
                error("two measurements write '" + output + "'; name one with 'as'", measurement,
                        MemDslPackage.Literals.MEASUREMENT__KIND, IssueCodes.DUPLICATE_MEASUREMENT);
                return;
            }
        }
    }
}
