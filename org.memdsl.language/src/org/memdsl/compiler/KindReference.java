package org.memdsl.compiler;

import java.util.Optional;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.memdsl.memDsl.Array;
import org.memdsl.memDsl.ArrayStep;
import org.memdsl.memDsl.Device;
import org.memdsl.memDsl.Experiment;
import org.memdsl.memDsl.Measurement;
import org.memdsl.memDsl.MemDslPackage;
import org.memdsl.memDsl.Network;
import org.memdsl.memDsl.Pattern;
import org.memdsl.memDsl.Stimulus;
import org.memdsl.runtime.array.ArrayKind;
import org.memdsl.runtime.array.ArrayKinds;
import org.memdsl.runtime.array.PatternKinds;
import org.memdsl.runtime.catalog.Catalogue;
import org.memdsl.runtime.catalog.Kind;
import org.memdsl.runtime.device.DeviceFamilies;
import org.memdsl.runtime.measurement.MeasurementKinds;
import org.memdsl.runtime.network.NetworkKinds;
import org.memdsl.runtime.stimulus.StimulusKinds;

/**
 * Where a block names a kind of an engine catalogue: the feature that holds the name, the
 * catalogue it is looked up in and the issue code of an unknown name. The one place that ties the
 * grammar's blocks to the engine's catalogues; validation, content assist and hover go through it.
 */
public record KindReference(EStructuralFeature feature, Catalogue<? extends Kind> catalogue) {

    /** The reference a block makes; empty for blocks that name no kind, or a network output of an unknown network. */
    public static Optional<KindReference> of(EObject block) {
        if (block instanceof Device) {
            return Optional.of(new KindReference(MemDslPackage.Literals.DEVICE__FAMILY, DeviceFamilies.CATALOGUE));
        }
        if (block instanceof Stimulus) {
            return Optional.of(new KindReference(MemDslPackage.Literals.STIMULUS__KIND, StimulusKinds.CATALOGUE));
        }
        if (block instanceof Network) {
            return Optional.of(new KindReference(MemDslPackage.Literals.NETWORK__KIND, NetworkKinds.CATALOGUE));
        }
        if (block instanceof Array) {
            return Optional.of(new KindReference(MemDslPackage.Literals.ARRAY__KIND, ArrayKinds.CATALOGUE));
        }
        if (block instanceof Pattern) {
            return Optional.of(new KindReference(MemDslPackage.Literals.PATTERN__KIND, PatternKinds.CATALOGUE));
        }
        if (block instanceof ArrayStep step) {
            return arrayKind(step.eContainer()).map(kind -> new KindReference(
                    MemDslPackage.Literals.ARRAY_STEP__OPERATION, kind.operations()));
        }
        if (block instanceof Measurement measurement) {
            if (measurement.eContainer() instanceof Experiment experiment && experiment.getArray() != null) {
                return arrayKind(experiment).map(kind -> new KindReference(MemDslPackage.Literals.MEASUREMENT__KIND,
                        kind.outputs()));
            }
            if (measurement.eContainer() instanceof Network network) {
                return NetworkKinds.CATALOGUE.byName(network.getKind()).map(kind -> new KindReference(
                        MemDslPackage.Literals.MEASUREMENT__KIND, kind.outputs()));
            }
            return Optional.of(new KindReference(MemDslPackage.Literals.MEASUREMENT__KIND, MeasurementKinds.CATALOGUE));
        }
        return Optional.empty();
    }

    /** The kind of the array an experiment runs on, when it is known. */
    public static Optional<ArrayKind> arrayKind(EObject experiment) {
        if (!(experiment instanceof Experiment e) || e.getArray() == null || e.getArray().eIsProxy()) {
            return Optional.empty();
        }
        return ArrayKinds.CATALOGUE.byName(e.getArray().getKind());
    }

    /** The name the block writes, or {@code null} while it is being typed. */
    public String name(EObject block) {
        return (String) block.eGet(feature);
    }

    public Optional<Kind> resolve(EObject block) {
        String name = name(block);
        return name == null ? Optional.empty() : catalogue.byName(name).map(Kind.class::cast);
    }
}
