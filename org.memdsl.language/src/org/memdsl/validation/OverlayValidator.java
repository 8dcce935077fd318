package org.memdsl.validation;

import java.util.Set;

import org.eclipse.xtext.validation.Check;
import org.memdsl.memDsl.Experiment;
import org.memdsl.memDsl.MemDslPackage;
import org.memdsl.memDsl.OverlaySource;

/** Rules on {@code figure} blocks: each source is an output an experiment of this file writes. */
public class OverlayValidator extends MemDslRuleValidator {

    @Check
    public void checkSourceIsWritten(OverlaySource source) {
        Experiment experiment = source.getExperiment();
        if (experiment == null || experiment.eIsProxy()) {
            return;
        }
        if (experiment.eResource() != source.eResource()) {
            error("'" + experiment.getName() + "' is an experiment of an imported file; a figure draws the "
                    + "experiments this file runs", source, MemDslPackage.Literals.OVERLAY_SOURCE__EXPERIMENT,
                    IssueCodes.UNKNOWN_FIGURE_SOURCE);
            return;
        }
        if (!ExpectationValidator.writes(experiment, source.getOutput())) {
            Set<String> outputs = ExpectationValidator.outputs(experiment);
            error("experiment '" + experiment.getName() + "' measures no '" + source.getOutput() + "'; it measures: "
                    + (outputs.isEmpty() ? "nothing" : String.join(", ", outputs)), source,
                    MemDslPackage.Literals.OVERLAY_SOURCE__OUTPUT, IssueCodes.UNKNOWN_FIGURE_SOURCE);
        }
    }
}
