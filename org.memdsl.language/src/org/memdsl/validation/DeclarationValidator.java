package org.memdsl.validation;

import java.util.HashMap;
import java.util.Map;

import org.eclipse.xtext.validation.Check;
import org.memdsl.compiler.CompileException;
import org.memdsl.compiler.MemDslCompiler;
import org.memdsl.memDsl.Device;
import org.memdsl.memDsl.Element;
import org.memdsl.memDsl.MemDslPackage;
import org.memdsl.memDsl.Model;
import org.memdsl.memDsl.Stimulus;
import org.memdsl.runtime.device.DeviceFamilies;
import org.memdsl.runtime.stimulus.StimulusKinds;

/** Rules on the top-level declarations: unique names, devices and stimuli that the engine can build. */
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

    /** Builds the waveform, so inconsistent arguments (a period shorter than the pulse) are found. */
    @Check
    public void checkStimulusBuilds(Stimulus stimulus) {
        if (!AssignmentValidator.allAssignmentsValid(stimulus)
                || StimulusKinds.CATALOGUE.byName(stimulus.getKind()).isEmpty()) {
            return;
        }
        try {
            MemDslCompiler.waveform(stimulus);
        } catch (CompileException | IllegalArgumentException e) {
            error(e.getMessage(), stimulus, MemDslPackage.Literals.ELEMENT__NAME, IssueCodes.INVALID_STIMULUS);
        }
    }

    @Check
    public void checkDeviceBuilds(Device device) {
        if (!AssignmentValidator.allAssignmentsValid(device)
                || DeviceFamilies.CATALOGUE.byName(device.getFamily()).isEmpty()) {
            return;
        }
        try {
            MemDslCompiler.deviceModel(device);
        } catch (CompileException | IllegalArgumentException e) {
            error(e.getMessage(), device, MemDslPackage.Literals.ELEMENT__NAME, IssueCodes.INVALID_DEVICE);
        }
    }
}
