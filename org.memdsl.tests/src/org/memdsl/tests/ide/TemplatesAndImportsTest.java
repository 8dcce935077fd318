package org.memdsl.tests.ide;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.common.util.URI;
import org.eclipse.xtext.diagnostics.Severity;
import org.eclipse.xtext.ide.editor.contentassist.ContentAssistEntry;
import org.eclipse.xtext.util.CancelIndicator;
import org.eclipse.xtext.validation.CheckMode;
import org.eclipse.xtext.validation.IResourceValidator;
import org.eclipse.xtext.validation.Issue;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.memdsl.ide.MemDslIdeSetup;
import org.memdsl.ide.contentassist.MemDslCompletions;
import org.memdsl.ide.contentassist.MemDslTemplates;
import org.memdsl.ide.contentassist.SpecTemplate;
import org.memdsl.resource.TextResources;

import com.google.inject.Injector;

/** The protocol templates are valid specs and offered where a declaration starts; import paths are completed. */
class TemplatesAndImportsTest {

    private static final Injector INJECTOR = new MemDslIdeSetup().createInjectorAndDoEMFRegistration();
    private static final MemDslCompletions COMPLETIONS = INJECTOR.getInstance(MemDslCompletions.class);

    @Test
    void everyTemplateFilledWithItsOwnNamesIsAValidSpec() throws Exception {
        assertEquals(List.of("ppf", "srdp", "bcm", "retention", "programming_window", "array_write"),
                MemDslTemplates.ALL.stream().map(SpecTemplate::name).toList());
        for (SpecTemplate template : MemDslTemplates.ALL) {
            String text = "device cell : " + template.family() + " { }\n" + template.expanded();
            var resource = INJECTOR.getInstance(TextResources.class).load(text, URI.createURI("dummy:/t.mem"));
            List<Issue> errors = INJECTOR.getInstance(IResourceValidator.class)
                    .validate(resource, CheckMode.ALL, CancelIndicator.NullImpl).stream()
                    .filter(i -> i.getSeverity() == Severity.ERROR).toList();
            assertEquals(List.of(), errors, template.name() + ":\n" + text);
            assertTrue(template.variables().contains("cell"), template.name());
        }
    }

    @Test
    void templatesAreOfferedAsSnippetsWhereADeclarationMayStart() throws Exception {
        String text = "device cell : opto_memristor { }\npp";
        List<ContentAssistEntry> entries = COMPLETIONS.complete(text, URI.createURI("dummy:/t.mem"), text.length());
        List<ContentAssistEntry> snippets = entries.stream()
                .filter(e -> ContentAssistEntry.KIND_SNIPPET.equals(e.getKind())).toList();
        assertEquals(List.of("ppf"), snippets.stream().map(ContentAssistEntry::getLabel).toList());
        String snippet = snippets.get(0).getProposal();
        assertTrue(snippet.startsWith("stimulus ${1:pairs} : paired {"), snippet);
        assertTrue(snippet.contains("device ${3:cell}\n    apply ${1:pairs}"), snippet);
        assertTrue(snippet.contains("measure ppf$0"), snippet);

        String inside = "device cell : opto_memristor { }\nexperiment e { device cell apply ";
        assertTrue(COMPLETIONS.complete(inside, URI.createURI("dummy:/t.mem"), inside.length()).stream()
                .noneMatch(e -> ContentAssistEntry.KIND_SNIPPET.equals(e.getKind())), "no template inside a block");
    }

    @Test
    void importPathsAreTheMemFilesNextToTheSpec(@TempDir Path folder) throws Exception {
        Files.writeString(folder.resolve("devices.mem"), "");
        Files.createDirectories(folder.resolve("lib/more"));
        Files.writeString(folder.resolve("lib/more/cells.mem"), "");
        Files.createDirectories(folder.resolve("results/spec"));
        Files.writeString(folder.resolve("results/spec/old.mem"), "");
        Files.writeString(folder.resolve("notes.txt"), "");
        Path spec = folder.resolve("spec.mem");
        String text = "import \"";
        Files.writeString(spec, text);
        List<String> proposals = new ArrayList<>();
        COMPLETIONS.complete(text, URI.createFileURI(spec.toString()), text.length())
                .forEach(e -> proposals.add(e.getProposal()));
        assertTrue(proposals.containsAll(List.of("\"devices.mem\"", "\"lib/more/cells.mem\"")), proposals.toString());
        assertTrue(proposals.stream().noneMatch(p -> p.contains("results") || p.contains("spec.mem")
                || p.contains("notes")), proposals.toString());
    }
}
