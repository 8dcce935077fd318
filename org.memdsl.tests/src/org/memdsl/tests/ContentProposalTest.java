package org.memdsl.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Set;

import org.eclipse.emf.common.util.URI;
import org.eclipse.xtext.ide.editor.contentassist.ContentAssistEntry;
import org.junit.jupiter.api.Test;
import org.memdsl.ide.MemDslIdeSetup;
import org.memdsl.ide.contentassist.MemDslCompletions;

/** Content assist of the generic IDE services (what the editor and a language server show). */
class ContentProposalTest {

    private static final MemDslCompletions COMPLETIONS = new MemDslIdeSetup().createInjectorAndDoEMFRegistration()
            .getInstance(MemDslCompletions.class);

    private static List<String> proposals(String text, int offset) throws Exception {
        return COMPLETIONS.complete(text, URI.createURI("dummy:/assist.mem"), offset).stream()
                .map(ContentAssistEntry::getProposal).toList();
    }

    @Test
    void familiesAfterTheColonOfADevice() throws Exception {
        assertEquals(Set.of("linear_ion_drift", "soft_bound_pulse", "vteam", "yakopcic", "filamentary",
                "opto_memristor", "photo_transistor", "floating_gate_transistor", "heterojunction_transistor",
                "ferroelectric_transistor", "bipolar_filament", "pulse_table"),
                Set.copyOf(proposals("device d : ", 11)));
    }

    @Test
    void unitsOfTheParameterAfterItsNumber() throws Exception {
        String text = "stimulus p : pulse { width = 5 ";
        // After "5 " come a unit of time, or the next argument, or the end of the assignment or block.
        assertEquals(Set.of("s", "ms", "µs", "ns", "amplitude", "width", "rise", "fall", "delay", "tail", ";", "}"),
                Set.copyOf(proposals(text, text.length())));
    }

    @Test
    void parameterNamesOfTheDeviceFamily() throws Exception {
        String text = "device d : linear_ion_drift { ";
        assertEquals(Set.of("r_on", "r_off", "thickness", "mobility", "w0", "window_p", "}"),
                Set.copyOf(proposals(text, text.length())));
    }

    @Test
    void declaredNamesAfterDeviceAndApply() throws Exception {
        String devices = "device cellA : linear_ion_drift { }\ndevice cellB : linear_ion_drift { }\n"
                + "stimulus p : pulse { amplitude = 1 V width = 1 ms }\nexperiment e { device ";
        assertEquals(Set.of("cellA", "cellB"), Set.copyOf(proposals(devices, devices.length())));
        String stimuli = devices + "cellA apply ";
        assertEquals(Set.of("p"), Set.copyOf(proposals(stimuli, stimuli.length())));
    }

    @Test
    void stimulusKindsAndMeasurements() throws Exception {
        assertEquals(Set.of("pulse", "train", "paired", "rate_sequence", "rate_trains", "sweep", "staircase",
                "bias", "stdp", "programming_map", "light_pulses", "illumination"),
                Set.copyOf(proposals("stimulus s : ", 13)));
        String text = "device c : linear_ion_drift { }\nstimulus p : pulse { amplitude = 1 V width = 1 ms }\n"
                + "experiment e { device c apply p measure ";
        assertEquals(Set.of("current", "epsc", "iv", "iv_steps", "switching", "on_off", "ppf", "energy", "bcm",
                "srdp", "ltp_ltd", "retention", "endurance", "relearning", "programming_window", "stdp_window",
                "loglog_slope", "hysteresis"),
                Set.copyOf(proposals(text, text.length())));
    }

    @Test
    void networkKindsOutputsAndVariedParameters() throws Exception {
        assertEquals(Set.of("diehl_cook", "mlp"), Set.copyOf(proposals("network n : ", 12)));
        String device = "device c : soft_bound_pulse { }\nnetwork n : diehl_cook { device c vary ";
        assertEquals(Set.of("g_min", "g_max", "g0", "v_threshold", "pulse_width", "states", "a_ltp", "a_ltd"),
                Set.copyOf(proposals(device, device.length())));
        String outputs = "network n : diehl_cook { images = \"d\" measure ";
        assertEquals(Set.of("accuracy", "confusion", "receptive_fields", "neurons", "synapse_curves"),
                Set.copyOf(proposals(outputs, outputs.length())));
    }
}
