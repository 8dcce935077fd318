package org.memdsl.tests.ide;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.LinkedHashMap;
import java.util.Map;

import org.eclipse.emf.common.util.URI;
import org.eclipse.xtext.ide.editor.syntaxcoloring.ISemanticHighlightingCalculator;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.util.CancelIndicator;
import org.junit.jupiter.api.Test;
import org.memdsl.ide.MemDslIdeSetup;
import org.memdsl.ide.highlighting.MemDslSemanticHighlighting;
import org.memdsl.resource.TextResources;

import com.google.inject.Injector;

/** Semantic highlighting: every coloured stretch and its style for a small spec. */
class HighlightingTest {

    private static final Injector INJECTOR = new MemDslIdeSetup().createInjectorAndDoEMFRegistration();

    @Test
    void familiesKindsUnitsDeclarationsAndReferencesAreTold() throws Exception {
        String text = """
                device cell : opto_memristor { area = 10000 µm² }
                stimulus p : pulse { amplitude = 1.5 V width = 10 ms }
                experiment e { device cell apply p measure epsc as currents }
                """;
        XtextResource resource = INJECTOR.getInstance(TextResources.class).load(text, URI.createURI("dummy:/h.mem"));
        Map<String, String> styles = new LinkedHashMap<>();
        INJECTOR.getInstance(ISemanticHighlightingCalculator.class).provideHighlightingFor(resource,
                (offset, length, ids) -> styles.put(text.substring(offset, offset + length) + "@" + offset,
                        String.join(",", ids)), CancelIndicator.NullImpl);
        Map<String, String> expected = new LinkedHashMap<>();
        expected.put("cell@7", MemDslSemanticHighlighting.DECLARATION);
        expected.put("opto_memristor@14", MemDslSemanticHighlighting.KIND);
        expected.put("µm²@" + text.indexOf("µm²"), MemDslSemanticHighlighting.UNIT);
        int p = text.indexOf("p : pulse");
        expected.put("p@" + p, MemDslSemanticHighlighting.DECLARATION);
        expected.put("pulse@" + (p + 4), MemDslSemanticHighlighting.KIND);
        expected.put("V@" + text.indexOf("V width"), MemDslSemanticHighlighting.UNIT);
        expected.put("ms@" + text.indexOf("ms }"), MemDslSemanticHighlighting.UNIT);
        expected.put("e@" + text.indexOf("e { device"), MemDslSemanticHighlighting.DECLARATION);
        expected.put("cell@" + text.indexOf("cell apply"), MemDslSemanticHighlighting.REFERENCE);
        expected.put("p@" + text.indexOf("p measure"), MemDslSemanticHighlighting.REFERENCE);
        expected.put("epsc@" + text.indexOf("epsc"), MemDslSemanticHighlighting.KIND);
        expected.put("currents@" + text.indexOf("currents"), MemDslSemanticHighlighting.DECLARATION);
        assertEquals(expected, styles);
    }
}
