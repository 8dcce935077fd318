package org.memdsl.tests.ide;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.eclipse.emf.common.util.URI;
import org.junit.jupiter.api.Test;
import org.memdsl.ide.MemDslIdeSetup;
import org.memdsl.ide.quickfix.MemDslQuickFixes;

/** The quick fixes of the generic IDE services (the editor's Ctrl+1 and the language server's code actions). */
class QuickFixTest {

    private static final MemDslQuickFixes FIXES = new MemDslIdeSetup().createInjectorAndDoEMFRegistration()
            .getInstance(MemDslQuickFixes.class);

    private static List<MemDslQuickFixes.Fix> at(String text, String marker) throws Exception {
        return FIXES.fixesAt(text, URI.createURI("dummy:/fix.mem"), text.indexOf(marker) + 1);
    }

    private static String applied(String text, MemDslQuickFixes.Fix fix) {
        return text.substring(0, fix.offset()) + fix.text() + text.substring(fix.offset() + fix.length());
    }

    @Test
    void unknownParameterGetsTheNearestNames() throws Exception {
        String text = "stimulus p : pulse { amplitde = 1 V width = 1 ms }";
        List<MemDslQuickFixes.Fix> fixes = at(text, "amplitde");
        assertEquals("Change to 'amplitude'", fixes.get(0).label());
        assertEquals("stimulus p : pulse { amplitude = 1 V width = 1 ms }", applied(text, fixes.get(0)));
    }

    @Test
    void unknownFamilyGetsTheNearestFamily() throws Exception {
        String text = "device d : bipolar_filment { }";
        List<MemDslQuickFixes.Fix> fixes = at(text, "bipolar_filment");
        assertEquals(List.of("Change to 'bipolar_filament'"), fixes.stream().map(MemDslQuickFixes.Fix::label)
                .toList());
        assertEquals("device d : bipolar_filament { }", applied(text, fixes.get(0)));
    }

    @Test
    void wrongUnitBecomesTheExpectedUnit() throws Exception {
        String text = "stimulus p : pulse { amplitude = 1 V width = 5 mV }";
        List<MemDslQuickFixes.Fix> fixes = at(text, "mV");
        assertEquals("Change the unit to s", fixes.get(0).label());
        assertEquals("stimulus p : pulse { amplitude = 1 V width = 5 s }", applied(text, fixes.get(0)));
    }

    @Test
    void missingArgumentIsInsertedWithAnExampleValue() throws Exception {
        String text = "stimulus p : pulse { amplitude = 1 V }";
        List<MemDslQuickFixes.Fix> fixes = at(text, "p :");
        assertEquals("Add 'width = 0.005 s'", fixes.get(0).label());
        assertEquals("stimulus p : pulse { amplitude = 1 V width = 0.005 s }", applied(text, fixes.get(0)));
    }

    @Test
    void unknownLibraryGetsTheNearestLibrary() throws Exception {
        String text = "import standrd\n";
        assertEquals("import standard\n", applied(text, at(text, "standrd").get(0)));
    }
}
