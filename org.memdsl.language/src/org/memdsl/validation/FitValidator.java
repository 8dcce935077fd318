package org.memdsl.validation;

import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.EcoreUtil2;
import org.eclipse.xtext.validation.Check;
import org.memdsl.compiler.Application;
import org.memdsl.compiler.CompileException;
import org.memdsl.compiler.FitCompiler;
import org.memdsl.memDsl.Fit;
import org.memdsl.memDsl.FreeParameter;
import org.memdsl.memDsl.MemDslPackage;
import org.memdsl.memDsl.StudyTarget;
import org.memdsl.runtime.catalog.Parameter;
import org.memdsl.runtime.data.DataFileException;

/**
 * Rules on fits: an experiment on a device, a model output it measures, free parameters (targets
 * as in a study, checked by {@link StudyValidator}) with bounds that fit the parameter, and the fit
 * compiled — its data file read, its start inside the bounds — before anything runs.
 */
public class FitValidator extends MemDslRuleValidator {

    @Check
    public void checkModelMeasured(Fit fit) {
        StudyValidator.unmeasured(fit, fit.getOutput()).ifPresent(why -> error(why, fit,
                MemDslPackage.Literals.FIT__OUTPUT, IssueCodes.INVALID_FIT));
    }

    @Check
    public void checkBoundsFit(FreeParameter free) {
        Parameter parameter = StudyValidator.parameter(free.getTarget());
        if (parameter == null) {
            return;
        }
        for (var bound : List.of(free.getLow(), free.getHigh())) {
            if (bound != null) {
                ValueFit.misfit(bound, parameter).ifPresent(why -> error(why, bound, null, IssueCodes.INVALID_FIT));
            }
        }
    }

    /** Compiles the fit (reads its data), so what the run would refuse is reported here. */
    @Check
    public void checkFitCompiles(Fit fit) {
        Application application = StudyValidator.application(fit);
        if (application == null || !ExperimentValidator.referencesValid(application)
                || !AssignmentValidator.allAssignmentsValid(fit)
                || EcoreUtil2.eAllOfType(fit, StudyTarget.class).stream()
                        .anyMatch(t -> StudyValidator.parameter(t) == null)) {
            return;
        }
        try {
            FitCompiler.compile(fit);
        } catch (DataFileException e) {
            error(e.getMessage(), fit, MemDslPackage.Literals.FIT__DATA, IssueCodes.DATA_FILE, e.file().toString(),
                    Long.toString(e.line()), e.problem());
        } catch (CompileException e) {
            EObject at = e.source() != null && EcoreUtil2.isAncestor(fit, e.source()) ? e.source() : fit;
            error(e.getMessage(), at, at == fit ? MemDslPackage.Literals.ELEMENT__NAME : null, IssueCodes.INVALID_FIT);
        } catch (IllegalArgumentException e) {
            error(e.getMessage(), fit, MemDslPackage.Literals.ELEMENT__NAME, IssueCodes.INVALID_FIT);
        }
    }
}
