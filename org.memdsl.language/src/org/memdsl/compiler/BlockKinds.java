package org.memdsl.compiler;

import java.util.List;
import java.util.Optional;

import org.eclipse.emf.ecore.EObject;
import org.memdsl.memDsl.Array;
import org.memdsl.memDsl.ArrayStep;
import org.memdsl.memDsl.Device;
import org.memdsl.memDsl.Characterisation;
import org.memdsl.memDsl.Experiment;
import org.memdsl.memDsl.Fit;
import org.memdsl.memDsl.Measurement;
import org.memdsl.memDsl.Network;
import org.memdsl.memDsl.ParameterAssignment;
import org.memdsl.memDsl.Pattern;
import org.memdsl.memDsl.Protocol;
import org.memdsl.memDsl.Stimulus;
import org.memdsl.memDsl.Study;
import org.memdsl.runtime.array.ArrayExperimentSettings;
import org.memdsl.runtime.catalog.Kind;
import org.memdsl.runtime.catalog.Parameter;
import org.memdsl.runtime.fit.FitSettings;
import org.memdsl.runtime.simulation.ExperimentSettings;
import org.memdsl.runtime.study.StudySettings;

/**
 * The kind whose parameters a block's {@code name = value} assignments are checked against: a
 * device's family, a stimulus' kind, a measurement's kind (a network's output inside a network),
 * a network's kind, an array's kind, a pattern's kind, an array step's operation, an
 * experiment's settings. Empty when the block names an unknown kind.
 */
public final class BlockKinds {

    private BlockKinds() {
    }

    public static Optional<Kind> of(EObject block) {
        if (block instanceof Experiment experiment) {
            return Optional.of(experiment.getArray() != null ? ArrayExperimentSettings.INSTANCE
                    : ExperimentSettings.INSTANCE);
        }
        if (block instanceof Protocol || block instanceof Characterisation) {
            return Optional.of(ExperimentSettings.INSTANCE);
        }
        if (block instanceof Study) {
            return Optional.of(StudySettings.INSTANCE);
        }
        if (block instanceof Fit) {
            return Optional.of(FitSettings.INSTANCE);
        }
        return KindReference.of(block).flatMap(reference -> reference.resolve(block));
    }

    /** What a block is called in messages: its kind's noun ({@code device family 'x'}) or {@code experiment}. */
    public static String describe(EObject block, Kind kind) {
        return KindReference.of(block).map(r -> r.catalogue().noun() + " '" + kind.name() + "'")
                .orElse(block instanceof Study ? "study" : block instanceof Fit ? "fit" : "experiment");
    }

    /** The parameter an assignment sets, if its block's kind declares it. */
    public static Optional<Parameter> parameter(ParameterAssignment assignment) {
        return of(assignment.eContainer()).flatMap(kind -> kind.parameter(assignment.getName()));
    }

    /** The assignments of a block. */
    public static List<ParameterAssignment> assignments(EObject block) {
        if (block instanceof Device d) {
            return d.getParameters();
        }
        if (block instanceof Stimulus s) {
            return s.getArguments();
        }
        if (block instanceof Experiment e) {
            return e.getSettings();
        }
        if (block instanceof Protocol p) {
            return p.getSettings();
        }
        if (block instanceof Characterisation c) {
            return c.getSettings();
        }
        if (block instanceof Network n) {
            return n.getSettings();
        }
        if (block instanceof Measurement m) {
            return m.getArguments();
        }
        if (block instanceof Array a) {
            return a.getSettings();
        }
        if (block instanceof Study s) {
            return s.getSettings();
        }
        if (block instanceof Fit f) {
            return f.getSettings();
        }
        if (block instanceof Pattern p) {
            return p.getArguments();
        }
        if (block instanceof ArrayStep step) {
            return step.getArguments();
        }
        return List.of();
    }
}
