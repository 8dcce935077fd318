package org.memdsl.validation;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.eclipse.xtext.validation.Check;
import org.memdsl.compiler.CompileException;
import org.memdsl.compiler.MemDslCompiler;
import org.memdsl.memDsl.Device;
import org.memdsl.memDsl.Element;
import org.memdsl.memDsl.MemDslPackage;
import org.memdsl.memDsl.Model;
import org.memdsl.memDsl.Stimulus;
import org.memdsl.runtime.device.DeviceFamilies;
import org.memdsl.runtime.device.DeviceFamily;
import org.memdsl.runtime.stimulus.ArgumentSpec;
import org.memdsl.runtime.stimulus.StimulusKind;
import org.memdsl.runtime.stimulus.StimulusKinds;

/** Rules on the top-level declarations: names, device families, stimulus kinds. */
public class DeclarationValidator extends MemDslRuleValidator {

    @Check
    public void checkUniqueNames(Model model) {
        Map<String, Element> seen = new HashMap<>();
        for (Element element : model.getElements()) {
            if (element.getName() != null && seen.putIfAbsent(element.getName(), element) != null) {
                error("'" + element.getName() + "' is declared twice in this file", element,
                        MemDslPackage.Literals.ELEMENT__NAME, IssueCodes.DUPLICATE_NAME);
            }
        }
    }

    @Check
    public void checkDeviceFamily(Device device) {
        if (device.getFamily() != null && DeviceFamilies.byName(device.getFamily()).isEmpty()) {
            error("unknown device family '" + device.getFamily() + "'; known: " + DeviceFamilies.all().stream()
                    .map(DeviceFamily::name).collect(Collectors.joining(", ")), device,
                    MemDslPackage.Literals.DEVICE__FAMILY, IssueCodes.UNKNOWN_FAMILY, device.getFamily());
        }
    }

    @Check
    public void checkStimulusKind(Stimulus stimulus) {
        if (stimulus.getKind() != null && StimulusKinds.byName(stimulus.getKind()).isEmpty()) {
            error("unknown stimulus kind '" + stimulus.getKind() + "'; known: " + StimulusKinds.all().stream()
                    .map(StimulusKind::name).collect(Collectors.joining(", ")), stimulus,
                    MemDslPackage.Literals.STIMULUS__KIND, IssueCodes.UNKNOWN_STIMULUS_KIND, stimulus.getKind());
        }
    }

    @Check
    public void checkRequiredArguments(Stimulus stimulus) {
        StimulusKinds.byName(stimulus.getKind()).ifPresent(kind -> {
            Set<String> given = new HashSet<>();
            stimulus.getArguments().forEach(a -> given.add(a.getName()));
            for (ArgumentSpec spec : kind.arguments()) {
                if (spec.isRequired() && !given.contains(spec.name())) {
                    error("stimulus kind '" + kind.name() + "' needs '" + spec.name() + "' (" + spec.description()
                            + ")", stimulus, MemDslPackage.Literals.ELEMENT__NAME, IssueCodes.MISSING_ARGUMENT,
                            spec.name());
                }
            }
        });
    }

    /** Builds the waveform, so inconsistent arguments (a period shorter than the pulse) are found. */
    @Check
    public void checkStimulusBuilds(Stimulus stimulus) {
        if (!AssignmentValidator.allAssignmentsValid(stimulus.getArguments(), stimulus)) {
            return;
        }
        StimulusKinds.byName(stimulus.getKind()).ifPresent(kind -> {
            try {
                MemDslCompiler.waveform(stimulus);
            } catch (CompileException | IllegalArgumentException e) {
                error(e.getMessage(), stimulus, MemDslPackage.Literals.ELEMENT__NAME, IssueCodes.INVALID_STIMULUS);
            }
        });
    }

    @Check
    public void checkDeviceBuilds(Device device) {
        if (!AssignmentValidator.allAssignmentsValid(device.getParameters(), device)) {
            return;
        }
        DeviceFamilies.byName(device.getFamily()).ifPresent(family -> {
            try {
                MemDslCompiler.deviceModel(device);
            } catch (CompileException | IllegalArgumentException e) {
                error(e.getMessage(), device, MemDslPackage.Literals.ELEMENT__NAME, IssueCodes.INVALID_DEVICE);
            }
        });
    }
}
