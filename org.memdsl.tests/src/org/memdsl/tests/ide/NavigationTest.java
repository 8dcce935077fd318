package org.memdsl.tests.ide;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.common.util.URI;
import org.eclipse.xtext.diagnostics.Severity;
import org.eclipse.xtext.util.CancelIndicator;
import org.eclipse.xtext.validation.CheckMode;
import org.eclipse.xtext.validation.IResourceValidator;
import org.eclipse.xtext.validation.Issue;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.memdsl.ide.MemDslIdeSetup;
import org.memdsl.ide.navigation.MemDslNavigation;
import org.memdsl.ide.navigation.Place;
import org.memdsl.ide.navigation.SpecSymbol;
import org.memdsl.ide.navigation.SpecWorkspace;

import com.google.inject.Injector;

/**
 * Outline symbols, go to declaration, find references and rename across two files, through the
 * Xtext services the language server also uses.
 */
class NavigationTest {

    private static final Injector INJECTOR = new MemDslIdeSetup().createInjectorAndDoEMFRegistration();
    private static final MemDslNavigation NAVIGATION = INJECTOR.getInstance(MemDslNavigation.class);

    private static final String DEVICES = """
            device cell : opto_memristor { }
            protocol ppf (amplitude = 3 V, width = 6 ms) {
                stimulus pairs : paired { amplitude = $amplitude width = $width intervals = [1 ms, 10 ms] }
                apply pairs
                measure ppf
            }
            """;

    private static final String SPEC = """
            import "devices.mem"
            stimulus pulse1 : pulse { amplitude = 1 V width = 10 ms }
            experiment dark { device cell apply pulse1 measure epsc as currents }
            experiment pairs_run { device cell use ppf (amplitude = 2 V) }
            figure both { dark.currents }
            """;

    @TempDir
    Path folder;

    private URI devices;
    private URI spec;

    @BeforeEach
    void writeFiles() throws Exception {
        Files.writeString(folder.resolve("devices.mem"), DEVICES);
        Files.writeString(folder.resolve("spec.mem"), SPEC);
        devices = URI.createFileURI(folder.resolve("devices.mem").toString());
        spec = URI.createFileURI(folder.resolve("spec.mem").toString());
    }

    private SpecWorkspace workspace(String devicesText, String specText) throws Exception {
        Map<URI, String> texts = new LinkedHashMap<>();
        texts.put(devices, devicesText);
        texts.put(spec, specText);
        return INJECTOR.getInstance(SpecWorkspace.class).open(texts);
    }

    @Test
    void symbolsAreTheDeclarationsNestedAsWritten() throws Exception {
        SpecWorkspace workspace = workspace(DEVICES, SPEC);
        List<SpecSymbol> symbols = NAVIGATION.symbols(workspace.resource(devices));
        assertEquals(List.of("cell : opto_memristor", "ppf : (amplitude, width)"),
                symbols.stream().map(SpecSymbol::label).toList());
        assertEquals(List.of("device", "protocol"), symbols.stream().map(SpecSymbol::kind).toList());
        SpecSymbol protocol = symbols.get(1);
        assertEquals(List.of("amplitude", "width", "pairs", "ppf"),
                protocol.children().stream().map(SpecSymbol::name).toList());
        assertEquals(List.of("parameter", "parameter", "stimulus", "measure"),
                protocol.children().stream().map(SpecSymbol::kind).toList());
        assertEquals("= 3 V", protocol.children().get(0).detail());
        assertEquals(DEVICES.indexOf("ppf ("), protocol.nameOffset());
        assertEquals(DEVICES.indexOf("protocol"), protocol.offset());

        List<SpecSymbol> specSymbols = NAVIGATION.symbols(workspace.resource(spec));
        assertEquals(List.of("pulse1 : pulse", "dark : on cell", "pairs_run : on cell", "both : "),
                specSymbols.stream().map(s -> s.name() + " : " + s.detail()).toList());
        assertEquals("currents", specSymbols.get(1).children().get(0).name());
    }

    @Test
    void declarationOfAUseIsInTheImportedFile() throws Exception {
        SpecWorkspace workspace = workspace(DEVICES, SPEC);
        Place place = NAVIGATION.declaration(workspace, spec, SPEC.indexOf("cell apply") + 2).orElseThrow();
        assertEquals(devices, place.uri());
        assertEquals(DEVICES.indexOf("cell"), place.offset());
        assertEquals(4, place.length());
        assertEquals(1, place.line());

        Place protocol = NAVIGATION.declaration(workspace, spec, SPEC.indexOf("ppf (") + 1).orElseThrow();
        assertEquals(DEVICES.indexOf("ppf ("), protocol.offset());
        Place parameter = NAVIGATION.declaration(workspace, devices, DEVICES.indexOf("$width") + 2).orElseThrow();
        assertEquals(DEVICES.indexOf("width = 6 ms"), parameter.offset());
        assertTrue(NAVIGATION.declaration(workspace, spec, SPEC.indexOf("1 V")).isEmpty(), "a number declares nothing");
    }

    @Test
    void referencesFromTheDeclarationReachEveryFile() throws Exception {
        SpecWorkspace workspace = workspace(DEVICES, SPEC);
        List<Place> uses = NAVIGATION.references(workspace, devices, DEVICES.indexOf("cell") + 1);
        assertEquals(2, uses.size(), uses.toString());
        assertTrue(uses.stream().allMatch(p -> p.uri().equals(spec)), uses.toString());
        assertEquals(List.of(3, 4), uses.stream().map(Place::line).toList());
        List<Place> fromUse = NAVIGATION.references(workspace, spec, SPEC.indexOf("pulse1 measure") + 1);
        assertEquals(List.of(SPEC.indexOf("pulse1 measure")), fromUse.stream().map(Place::offset).toList());
    }

    @Test
    void renameChangesTheDeclarationEveryUseAndTheArgumentsThatSetAParameter() throws Exception {
        SpecWorkspace workspace = workspace(DEVICES, SPEC);
        MemDslNavigation.Rename rename = NAVIGATION.rename(workspace, spec, SPEC.indexOf("cell apply"), "dot");
        assertEquals("cell", rename.oldName());
        assertEquals(3, rename.count());
        Map<URI, String> renamed = apply(rename, Map.of(devices, DEVICES, spec, SPEC));
        assertTrue(renamed.get(devices).startsWith("device dot : opto_memristor"), renamed.get(devices));
        assertTrue(renamed.get(spec).contains("experiment dark { device dot apply pulse1"), renamed.get(spec));
        assertEquals(List.of(), errors(renamed));

        MemDslNavigation.Rename parameter = NAVIGATION.rename(workspace, devices, DEVICES.indexOf("amplitude ="),
                "height");
        Map<URI, String> renamedParameter = apply(parameter, Map.of(devices, DEVICES, spec, SPEC));
        assertTrue(renamedParameter.get(devices).contains("ppf (height = 3 V"), renamedParameter.get(devices));
        assertTrue(renamedParameter.get(devices).contains("amplitude = $height"), renamedParameter.get(devices));
        assertTrue(renamedParameter.get(spec).contains("use ppf (height = 2 V)"), renamedParameter.get(spec));
        assertEquals(List.of(), errors(renamedParameter));
    }

    @Test
    void renameRefusesKeywordsClashesAndPlacesWithoutADeclaration() throws Exception {
        SpecWorkspace workspace = workspace(DEVICES, SPEC);
        int cell = DEVICES.indexOf("cell");
        assertTrue(assertThrows(IllegalArgumentException.class, () -> NAVIGATION.rename(workspace, devices, cell,
                "experiment")).getMessage().contains("not a name"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> NAVIGATION.rename(workspace, devices, cell,
                "2cells")).getMessage().contains("not a name"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> NAVIGATION.rename(workspace, spec,
                SPEC.indexOf("dark {"), "pairs_run")).getMessage().contains("already declared"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> NAVIGATION.rename(workspace, spec,
                SPEC.indexOf("1 V"), "x")).getMessage().contains("No declaration"));
    }

    private static Map<URI, String> apply(MemDslNavigation.Rename rename, Map<URI, String> texts) {
        Map<URI, String> result = new LinkedHashMap<>(texts);
        rename.edits().forEach((uri, places) -> {
            StringBuilder text = new StringBuilder(result.get(uri));
            for (int i = places.size() - 1; i >= 0; i--) {
                Place p = places.get(i);
                assertEquals(rename.oldName(), text.substring(p.offset(), p.offset() + p.length()));
                text.replace(p.offset(), p.offset() + p.length(), rename.newName());
            }
            result.put(uri, text.toString());
        });
        return result;
    }

    private List<String> errors(Map<URI, String> texts) throws Exception {
        for (Map.Entry<URI, String> e : texts.entrySet()) {
            Files.writeString(Path.of(e.getKey().toFileString()), e.getValue());
        }
        SpecWorkspace renamed = INJECTOR.getInstance(SpecWorkspace.class).open(texts);
        IResourceValidator validator = INJECTOR.getInstance(IResourceValidator.class);
        return texts.keySet().stream()
                .flatMap(uri -> validator.validate(renamed.resource(uri), CheckMode.ALL, CancelIndicator.NullImpl)
                        .stream())
                .filter(i -> i.getSeverity() == Severity.ERROR).map(Issue::toString).toList();
    }
}
