package org.memdsl.validation;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.validation.Check;
import org.memdsl.compiler.MemDslCompiler;
import org.memdsl.memDsl.Experiment;
import org.memdsl.memDsl.Measurement;
import org.memdsl.memDsl.MemDslPackage;
import org.memdsl.memDsl.Stimulus;
import org.memdsl.runtime.stimulus.Channel;
import org.memdsl.runtime.stimulus.StimulusKinds;

/** Rules on experiments: what they apply and what they measure (output names also of networks). */
public class ExperimentValidator extends MemDslRuleValidator {

    private static long countChannel(Experiment experiment, Channel channel) {
        return experiment.getStimuli().stream().filter(s -> !s.eIsProxy())
                .map(Stimulus::getKind).map(StimulusKinds.CATALOGUE::byName)
                .filter(k -> k.isPresent() && k.get().channel() == channel).count();
    }

    @Check
    public void checkElectricalStimulus(Experiment experiment) {
        if (experiment.getArray() != null || experiment.getStimuli().stream().anyMatch(s -> s.eIsProxy())) {
            return;
        }
        long electrical = countChannel(experiment, Channel.ELECTRICAL);
        if (electrical == 0) {
            error("an experiment applies at least one electrical stimulus (pulse, train, paired, sweep, bias; "
                    + "several play one after another)", experiment, MemDslPackage.Literals.EXPERIMENT__STIMULI,
                    IssueCodes.ELECTRICAL_STIMULUS_COUNT);
        }
    }

    @Check
    public void checkAtMostOneOpticalStimulus(Experiment experiment) {
        if (countChannel(experiment, Channel.OPTICAL) > 1) {
            error("an experiment applies at most one illumination", experiment,
                    MemDslPackage.Literals.EXPERIMENT__STIMULI, IssueCodes.OPTICAL_STIMULUS_COUNT);
        }
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
