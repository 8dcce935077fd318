package org.memdsl.compiler;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.eclipse.emf.ecore.EObject;
import org.memdsl.memDsl.Device;
import org.memdsl.memDsl.Experiment;
import org.memdsl.memDsl.Network;
import org.memdsl.memDsl.Stimulus;
import org.memdsl.runtime.device.DeviceFamilies;
import org.memdsl.runtime.device.DeviceFamily;
import org.memdsl.runtime.device.Dimension;
import org.memdsl.runtime.device.FileParameterSpec;
import org.memdsl.runtime.device.ParameterSpec;
import org.memdsl.runtime.network.NetworkKind;
import org.memdsl.runtime.network.NetworkKinds;
import org.memdsl.runtime.stimulus.ArgumentSpec;
import org.memdsl.runtime.stimulus.StimulusKind;
import org.memdsl.runtime.stimulus.StimulusKinds;

/**
 * The assignments each block accepts: a device's family parameters, a stimulus kind's arguments,
 * an experiment's settings, a network kind's settings. Empty when the block's family or kind is
 * itself unknown.
 */
public final class Slots {

    private Slots() {
    }

    public static Optional<List<Slot>> of(EObject block) {
        if (block instanceof Device device) {
            return DeviceFamilies.byName(device.getFamily()).map(Slots::ofFamily);
        }
        if (block instanceof Stimulus stimulus) {
            return StimulusKinds.byName(stimulus.getKind()).map(Slots::ofKind);
        }
        if (block instanceof Experiment) {
            return Optional.of(ExperimentSettings.all().stream().map(Slots::ofParameter).toList());
        }
        if (block instanceof Network network) {
            return NetworkKinds.byName(network.getKind()).map(Slots::ofNetwork);
        }
        return Optional.empty();
    }

    private static List<Slot> ofFamily(DeviceFamily family) {
        return withFiles(family.parameters(), family.fileParameters());
    }

    private static List<Slot> ofNetwork(NetworkKind kind) {
        return withFiles(kind.settings(), kind.fileSettings());
    }

    private static List<Slot> withFiles(List<ParameterSpec> parameters, List<FileParameterSpec> files) {
        List<Slot> slots = new ArrayList<>(parameters.stream().map(Slots::ofParameter).toList());
        files.forEach(f -> slots.add(new Slot(f.name(), Dimension.DIMENSIONLESS, false, Double.NEGATIVE_INFINITY,
                Double.POSITIVE_INFINITY, true)));
        return slots;
    }

    private static List<Slot> ofKind(StimulusKind kind) {
        return kind.arguments().stream().map(Slots::ofArgument).toList();
    }

    private static Slot ofParameter(ParameterSpec p) {
        return new Slot(p.name(), p.dimension(), false, p.min(), p.max(), false);
    }

    private static Slot ofArgument(ArgumentSpec a) {
        return new Slot(a.name(), a.dimension(), a.list(), Double.NEGATIVE_INFINITY, Double.POSITIVE_INFINITY, false);
    }
}
