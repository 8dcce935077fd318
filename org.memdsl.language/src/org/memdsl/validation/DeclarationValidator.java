package org.memdsl.validation;

import java.util.HashMap;
import java.util.Map;

import org.eclipse.xtext.validation.Check;
import org.memdsl.compiler.CompileException;
import org.memdsl.compiler.MemDslCompiler;
import org.memdsl.memDsl.Device;
import org.memdsl.memDsl.Element;
import org.memdsl.memDsl.Measurement;
import org.memdsl.memDsl.MemDslPackage;
import org.memdsl.memDsl.Model;
import org.memdsl.memDsl.Stimulus;
import org.memdsl.runtime.data.DataFileException;
import org.memdsl.runtime.device.DeviceFamilies;
import org.memdsl.runtime.simulation.ExperimentSettings;
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

    /** Names become folder and file names of the results (with suffixes such as {@code _fit.csv}). */
    static final int MAX_NAME_LENGTH = 100;

    @Check
    public void checkNameLength(Element element) {
        if (element.getName() != null && element.getName().length() > MAX_NAME_LENGTH) {
            error("a name is at most " + MAX_NAME_LENGTH + " characters (it names the folder and files of the "
                    + "results); this one has " + element.getName().length(), element,
                    MemDslPackage.Literals.ELEMENT__NAME, IssueCodes.NAME_TOO_LONG);
        }
    }

    @Check
    public void checkOutputNameLength(Measurement measurement) {
        if (measurement.getName() != null && measurement.getName().length() > MAX_NAME_LENGTH) {
            error("an output name is at most " + MAX_NAME_LENGTH + " characters (it names the result files); this "
                    + "one has " + measurement.getName().length(), measurement,
                    MemDslPackage.Literals.MEASUREMENT__NAME, IssueCodes.NAME_TOO_LONG);
        }
    }

    /**
     * Builds the waveform, so inconsistent arguments (a period shorter than the pulse) are found;
     * a waveform beyond the default {@code max_edges} is not built here (the experiments applying it
     * report its size against their own limit).
     */
    @Check
    public void checkStimulusBuilds(Stimulus stimulus) {
        if (!AssignmentValidator.allAssignmentsValid(stimulus)
                || StimulusKinds.CATALOGUE.byName(stimulus.getKind()).isEmpty()) {
            return;
        }
        try {
            if (MemDslCompiler.edges(stimulus) > ExperimentSettings.DEFAULT_MAX_EDGES) {
                return;
            }
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
        } catch (DataFileException e) {
            error(e.getMessage(), device, MemDslPackage.Literals.ELEMENT__NAME, IssueCodes.DATA_FILE,
                    e.file().toString(), Long.toString(e.line()), e.problem());
        } catch (CompileException | IllegalArgumentException e) {
            error(e.getMessage(), device, MemDslPackage.Literals.ELEMENT__NAME, IssueCodes.INVALID_DEVICE);
        }
    }
}
