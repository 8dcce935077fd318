package org.memdsl.tests.ide;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;

import org.eclipse.emf.common.util.URI;
import org.junit.jupiter.api.Test;
import org.memdsl.ide.MemDslIdeSetup;
import org.memdsl.ide.hover.MemDslHovers;
import org.memdsl.runtime.device.DeviceFamilies;
import org.memdsl.runtime.stimulus.StimulusKinds;

/** Hover text of the generic IDE services (what the editor and a language server show). */
class HoverTest {

    private static final MemDslHovers HOVERS = new MemDslIdeSetup().createInjectorAndDoEMFRegistration()
            .getInstance(MemDslHovers.class);

    private static final String SPEC = """
            device cell : bipolar_filament { area = 10000 µm² }
            stimulus p : pulse { amplitude = 1.2 V width = 10 ms }
            protocol ppf (amplitude = 3 V) {
                stimulus pairs : paired { amplitude = $amplitude width = 6 ms intervals = [1 ms] }
                apply pairs
                measure ppf
            }
            experiment e { device cell apply p measure epsc }
            """;

    private static String at(String marker, int into) throws Exception {
        int offset = SPEC.indexOf(marker) + into;
        Optional<String> text = HOVERS.hover(SPEC, URI.createURI("dummy:/hover.mem"), offset);
        assertTrue(text.isPresent(), "a hover at '" + marker + "'");
        return text.get();
    }

    @Test
    void familyNameShowsTheFamilyAndItsParameters() throws Exception {
        String text = at("bipolar_filament", 3);
        String description = DeviceFamilies.CATALOGUE.byName("bipolar_filament").orElseThrow().description();
        assertTrue(text.startsWith("**bipolar_filament** (device family)\n\n" + description), text);
        assertTrue(text.contains("- `area`: "), text);
    }

    @Test
    void parameterNameShowsWhatItTakesAndItsRange() throws Exception {
        String text = at("width = 10", 1);
        String description = StimulusKinds.CATALOGUE.byName("pulse").orElseThrow().parameter("width").orElseThrow()
                .description();
        assertEquals("**width**: " + description + "\n\nTakes time (s), required\n\nRange: > 0 s", text);
    }

    @Test
    void aValueShowsItsSiValue() throws Exception {
        assertTrue(at("10 ms", 0).startsWith("= **0.01 s** in SI\n\n**width**"), at("10 ms", 0));
        assertTrue(at("10000 µm²", 7).startsWith("= **1.0e-8 m²** in SI\n\n**area**"), at("10000 µm²", 7));
    }

    @Test
    void referencesShowWhatTheyReferTo() throws Exception {
        assertEquals("device **cell** : bipolar_filament", at("device cell apply", 8));
        assertEquals("stimulus **p** : pulse", at("apply p measure", 6));
        assertEquals("parameter **amplitude** of protocol ppf, default 3 V", at("$amplitude", 3));
    }
}
