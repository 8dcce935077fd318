package org.memdsl.validation;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.EcoreUtil2;
import org.eclipse.xtext.validation.Check;
import org.memdsl.compiler.Application;
import org.memdsl.compiler.CompileException;
import org.memdsl.compiler.ExperimentSubject;
import org.memdsl.compiler.StudyCompiler;
import org.memdsl.compiler.StudySubject;
import org.memdsl.memDsl.Applied;
import org.memdsl.memDsl.Experiment;
import org.memdsl.memDsl.Fit;
import org.memdsl.memDsl.MemDslPackage;
import org.memdsl.memDsl.Quantity;
import org.memdsl.memDsl.Report;
import org.memdsl.memDsl.Study;
import org.memdsl.memDsl.StudyCorrelation;
import org.memdsl.memDsl.StudyTarget;
import org.memdsl.memDsl.StudyVariation;
import org.memdsl.memDsl.SweptValues;
import org.memdsl.runtime.catalog.Parameter;
import org.memdsl.runtime.study.Distribution;

/**
 * Rules on studies: an experiment on a device (or a network), targets that name a parameter of its
 * device, of a stimulus it applies or of its settings, each once; swept values that fit the parameter; known
 * distributions; reports of its measurements; and the whole study compiled (its size within the
 * limit, its first point a valid experiment) before anything runs.
 */
public class StudyValidator extends MemDslRuleValidator {

    @Check
    public void checkExperimentOnADevice(Study study) {
        Experiment experiment = study.getExperiment();
        if (experiment != null && !experiment.eIsProxy() && experiment.getArray() != null) {
            error("a study runs an experiment on a device; '" + experiment.getName() + "' runs on an array", study,
                    MemDslPackage.Literals.STUDY__EXPERIMENT, IssueCodes.INVALID_STUDY);
        }
    }

    @Check
    public void checkTargetsOnce(Study study) {
        Set<String> seen = new HashSet<>();
        for (StudyTarget target : EcoreUtil2.eAllOfType(study, StudyTarget.class)) {
            if (target.eContainer() instanceof StudyCorrelation) {
                continue; // names what 'vary' draws
            }
            if (target.getParameter() != null && !seen.add(StudyCompiler.name(target))) {
                error("'" + StudyCompiler.written(target) + "' is swept, varied or fitted twice here", target,
                        MemDslPackage.Literals.STUDY_TARGET__PARAMETER, IssueCodes.STUDY_TARGET);
            }
        }
    }

    @Check
    public void checkTargetKnown(StudyTarget target) {
        StudySubject subject = StudySubject.of(holder(target));
        if (subject == null || target.getStimulus() != null && target.getStimulus().eIsProxy()) {
            return;
        }
        try {
            subject.target(target);
        } catch (CompileException e) {
            error(e.getMessage(), target, MemDslPackage.Literals.STUDY_TARGET__PARAMETER, IssueCodes.STUDY_TARGET);
        }
    }

    /** A stimulus a study or a fit changes is one its experiment applies. */
    @Check
    public void checkStimulusApplied(StudyTarget target) {
        EObject holder = holder(target);
        if (target.getStimulus() == null || target.getStimulus().eIsProxy() || application(holder) == null) {
            return;
        }
        List<Applied> applied = application(holder).schedule().stream()
                .flatMap(i -> i instanceof Applied a ? java.util.stream.Stream.of(a)
                : EcoreUtil2.eAllOfType(i, Applied.class).stream()).toList();
        if (applied.stream().noneMatch(a -> a.getStimulus() == target.getStimulus())) {
            error("'" + experiment(holder).getName() + "' does not apply '" + target.getStimulus().getName() + "'",
                    target, MemDslPackage.Literals.STUDY_TARGET__STIMULUS, IssueCodes.STUDY_TARGET);
        }
    }

    @Check
    public void checkSweptValuesFit(SweptValues values) {
        Parameter parameter = parameter(values.getTarget());
        if (parameter == null) {
            return;
        }
        List<Quantity> items = values.getList() != null ? values.getList().getItems()
                : java.util.stream.Stream.of(values.getFrom(), values.getTo()).filter(q -> q != null).toList();
        for (Quantity q : items) {
            ValueFit.misfit(q, parameter).ifPresent(why -> error(why, q, null, IssueCodes.STUDY_TARGET));
        }
        if (values.getSpacing() != null && values.getPoints() < 2) {
            error(values.getSpacing() + " needs at least 2 points", values, MemDslPackage.Literals.SWEPT_VALUES__POINTS,
                    IssueCodes.INVALID_STUDY);
        }
    }

    @Check
    public void checkDistributionKnown(StudyVariation variation) {
        if (variation.getDistribution() != null && Distribution.of(variation.getDistribution()).isEmpty()) {
            error("no distribution '" + variation.getDistribution() + "'; expected one of: lognormal, normal, uniform",
                    variation, MemDslPackage.Literals.STUDY_VARIATION__DISTRIBUTION, IssueCodes.INVALID_STUDY);
        }
    }

    /** A study reports outputs of its experiment's measurements. */
    @Check
    public void checkReportsMeasured(Report report) {
        if (report.eContainer() instanceof Study study) {
            unmeasured(study, report.getReading().getOutput()).ifPresent(why -> error(why, report.getReading(),
                    MemDslPackage.Literals.READING__OUTPUT, IssueCodes.INVALID_STUDY));
        }
    }

    /**
     * Why {@code output} is no output of the experiment of {@code holder} (a study or a fit), naming
     * those it has; empty when it is one, or when the experiment is not known yet.
     */
    static java.util.Optional<String> unmeasured(EObject holder, String output) {
        StudySubject subject = StudySubject.of(holder);
        if (subject == null || output == null) {
            return java.util.Optional.empty();
        }
        List<String> outputs = subject.outputs();
        return outputs.contains(output) ? java.util.Optional.empty()
                : java.util.Optional.of("'" + subject.name() + "' measures no '" + output
                        + "'; it measures: " + String.join(", ", outputs));
    }

    /** Compiles the study and its first point, so what the run would refuse is reported here. */
    @Check
    public void checkStudyCompiles(Study study) {
        StudySubject subject = StudySubject.of(study);
        if (subject == null || subject instanceof ExperimentSubject e && !ExperimentValidator.referencesValid(
                e.application())
                || !AssignmentValidator.allAssignmentsValid(study)
                || EcoreUtil2.eAllOfType(study, StudyTarget.class).stream().anyMatch(t -> parameter(t) == null)) {
            return;
        }
        try {
            StudyCompiler compiled = StudyCompiler.compile(study);
            if (compiled.design().size() > 0) {
                compiled.prepare(compiled.point(0));
            }
        } catch (CompileException e) {
            EObject at = e.source() != null && EcoreUtil2.isAncestor(study, e.source()) ? e.source() : study;
            error(e.getMessage(), at, at == study ? MemDslPackage.Literals.ELEMENT__NAME : null,
                    IssueCodes.INVALID_STUDY);
        } catch (IllegalArgumentException e) {
            error("the study's first point: " + e.getMessage(), study, MemDslPackage.Literals.ELEMENT__NAME,
                    IssueCodes.INVALID_STUDY);
        }
    }

    /** The study or fit a target belongs to. */
    static EObject holder(EObject inside) {
        EObject study = EcoreUtil2.getContainerOfType(inside, Study.class);
        return study != null ? study : EcoreUtil2.getContainerOfType(inside, Fit.class);
    }

    static Experiment experiment(EObject holder) {
        return holder instanceof Study s ? s.getExperiment() : holder instanceof Fit f ? f.getExperiment() : null;
    }

    static Application application(EObject holder) {
        Experiment experiment = experiment(holder);
        if (experiment == null || experiment.eIsProxy() || experiment.getArray() != null
                || experiment.getDevice() == null || experiment.getDevice().eIsProxy()) {
            return null;
        }
        try {
            return Application.of(experiment);
        } catch (CompileException e) {
            return null;
        }
    }

    /** The parameter a target names, or null (reported by the compile check) when it names none. */
    static Parameter parameter(StudyTarget target) {
        StudySubject subject = StudySubject.of(holder(target));
        if (subject == null || target.getStimulus() != null && target.getStimulus().eIsProxy()) {
            return null;
        }
        try {
            return subject.target(target).parameter();
        } catch (CompileException e) {
            return null;
        }
    }
}
