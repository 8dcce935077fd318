package org.memdsl.compiler;

import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.eclipse.emf.ecore.EObject;
import org.memdsl.memDsl.Experiment;
import org.memdsl.memDsl.Fit;
import org.memdsl.memDsl.Network;
import org.memdsl.memDsl.Study;
import org.memdsl.memDsl.StudyTarget;
import org.memdsl.runtime.catalog.Kind;
import org.memdsl.runtime.catalog.Parameter;
import org.memdsl.runtime.result.RunResult;
import org.memdsl.runtime.simulation.ProgressListener;
import org.memdsl.runtime.study.StudyDesign;

/**
 * What a study (or a fit) runs at each point: an experiment on a device ({@link ExperimentSubject})
 * or a network ({@link NetworkSubject}), with some of its numbers replaced by the point's values.
 */
public interface StudySubject {

    /** The experiment or network block. */
    EObject source();

    String name();

    /** @throws CompileException at {@code target} when it names no number of this subject a study can change */
    StudyCompiler.Target target(StudyTarget target);

    /** The value a target's parameter has as written in the file, or its default. */
    double nominal(StudyCompiler.Target target);

    /** The seed of a run as the file gives it. */
    long seed();

    /** The names of the outputs its measurements write. */
    List<String> outputs();

    /**
     * A run with {@code values} in place of what the file gives and the {@code perCycle} parameters
     * drawn afresh at every cycle, seeded with {@code seed}; compiled here (on the calling thread:
     * the spec's model is read only there), run by the function.
     *
     * @throws CompileException or IllegalArgumentException when the values make no valid run
     */
    Function<ProgressListener, RunResult> compile(Map<StudyCompiler.Target, Double> values,
            Map<StudyCompiler.Target, StudyDesign.Variation> perCycle, long seed);

    /**
     * The subject of a study or a fit; null while its experiment or network is unresolved (or an
     * experiment runs on an array, which a study does not take).
     */
    static StudySubject of(EObject holder) {
        Experiment experiment = holder instanceof Study s ? s.getExperiment() : holder instanceof Fit f
                ? f.getExperiment() : null;
        Network network = holder instanceof Study s ? s.getNetwork() : null;
        try {
            if (network != null && !network.eIsProxy()) {
                return new NetworkSubject(network);
            }
            if (experiment == null || experiment.eIsProxy() || experiment.getArray() != null
                    || experiment.getDevice() == null || experiment.getDevice().eIsProxy()) {
                return null;
            }
            return new ExperimentSubject(Application.of(experiment));
        } catch (CompileException | IllegalArgumentException e) {
            return null;
        }
    }

    /**
     * The parameter {@code target} names in {@code kind} (the kind of {@code block}).
     *
     * @throws CompileException when it names none, or one that is not a single number
     */
    static StudyCompiler.Target parameterOf(EObject block, Kind kind, StudyTarget target) {
        Parameter parameter = kind.parameter(target.getParameter()).orElseThrow(() -> new CompileException(
                BlockKinds.describe(block, kind) + " has no parameter '" + target.getParameter() + "'; its parameters: "
                        + String.join(", ", kind.parameters().stream().map(Parameter::name).toList()), target));
        if (parameter.dimension() == null || parameter.isList() || parameter.isFile() || parameter.isChoice()) {
            throw new CompileException("'" + parameter.name() + "' is not a number a study can change", target);
        }
        return new StudyCompiler.Target(block, kind, parameter);
    }
}
