package org.memdsl.validation;

import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.EcoreUtil2;
import org.eclipse.xtext.validation.Check;
import org.memdsl.compiler.CompileException;
import org.memdsl.compiler.MemDslCompiler;
import org.memdsl.memDsl.Applied;
import org.memdsl.memDsl.Experiment;
import org.memdsl.memDsl.Measurement;
import org.memdsl.memDsl.MemDslPackage;
import org.memdsl.memDsl.Repeat;
import org.memdsl.memDsl.Stimulus;
import org.memdsl.runtime.ExperimentPlan;
import org.memdsl.runtime.catalog.Dimension;
import org.memdsl.runtime.stimulus.AppliedStimulus;
import org.memdsl.runtime.stimulus.Channel;
import org.memdsl.runtime.stimulus.StimulusKinds;
import org.memdsl.runtime.stimulus.Timeline;
import org.memdsl.units.UnitException;

/** Rules on experiments: what they apply and when, and what they measure (output names also of networks). */
public class ExperimentValidator extends MemDslRuleValidator {

    private static List<Stimulus> applied(Experiment experiment) {
        return EcoreUtil2.eAllOfType(experiment, Applied.class).stream().map(Applied::getStimulus).toList();
    }

    @Check
    public void checkElectricalStimulus(Experiment experiment) {
        List<Stimulus> stimuli = applied(experiment);
        if (experiment.getArray() != null || stimuli.stream().anyMatch(s -> s == null || s.eIsProxy())) {
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

    @Check
    public void checkRepeatCount(Repeat repeat) {
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
        if (experiment.getDevice() == null || experiment.getDevice().eIsProxy() || !referencesValid(experiment)) {
            return;
        }
        ExperimentPlan plan;
        try {
            plan = MemDslCompiler.checkedExperiment(experiment);
        } catch (CompileException e) {
            EObject at = e.source() != null && e.source().eResource() == experiment.eResource()
                    && EcoreUtil2.isAncestor(experiment, e.source()) ? e.source() : experiment;
            error(e.getMessage(), at, at == experiment ? MemDslPackage.Literals.ELEMENT__NAME : null,
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

    /** The device, every stimulus, the settings and every measurement are valid on their own. */
    private static boolean referencesValid(Experiment experiment) {
        List<Stimulus> stimuli = applied(experiment);
        if (stimuli.isEmpty() || stimuli.stream().anyMatch(s -> s == null || s.eIsProxy())) {
            return false;
        }
        if (EcoreUtil2.eAllOfType(experiment, Applied.class).stream()
                .anyMatch(a -> a.getAfter() != null && a.getAfter().eIsProxy())) {
            return false;
        }
        if (stimuli.stream().map(s -> StimulusKinds.CATALOGUE.byName(s.getKind()))
                .noneMatch(k -> k.isPresent() && k.get().channel() == Channel.ELECTRICAL)) {
            return false;
        }
        if (!AssignmentValidator.allAssignmentsValid(experiment.getDevice())
                || !AssignmentValidator.allAssignmentsValid(experiment)) {
            return false;
        }
        for (Stimulus s : stimuli) {
            if (!AssignmentValidator.allAssignmentsValid(s)) {
                return false;
            }
        }
        for (Measurement m : experiment.getMeasurements()) {
            if (!AssignmentValidator.allAssignmentsValid(m)) {
                return false;
            }
        }
        if (EcoreUtil2.eAllOfType(experiment, Applied.class).stream()
                .anyMatch(a -> a.getAt() != null && EcoreUtil2.getContainerOfType(a, Repeat.class) != null)) {
            return false;
        }
        return EcoreUtil2.eAllOfType(experiment, Repeat.class).stream()
                .allMatch(r -> Timeline.isRepeatCount(r.getCount()));
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
