package org.memdsl.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.ITextSelection;
import org.eclipse.jface.text.ITextViewer;
import org.eclipse.jface.text.Region;
import org.eclipse.jface.text.contentassist.ICompletionProposal;
import org.eclipse.jface.text.contentassist.ICompletionProposalExtension2;
import org.eclipse.jface.text.hyperlink.IHyperlink;
import org.eclipse.jface.text.source.ISourceViewer;
import org.eclipse.swt.custom.StyleRange;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.handlers.IHandlerService;
import org.eclipse.ui.ide.IDE;
import org.eclipse.ui.keys.IBindingService;
import org.eclipse.ui.texteditor.ITextEditor;
import org.eclipse.ui.views.contentoutline.ContentOutline;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.memdsl.ide.highlighting.MemDslSemanticHighlighting;
import org.memdsl.ui.editor.MarkOccurrences;
import org.memdsl.ui.editor.MemContentAssistProcessor;
import org.memdsl.ui.editor.MemTokenScanner;
import org.memdsl.ui.editor.SemanticHighlights;
import org.memdsl.ui.navigation.FindReferencesHandler;
import org.memdsl.ui.navigation.MemHyperlinkDetector;
import org.memdsl.ui.navigation.NavigatorPopup;
import org.memdsl.ui.navigation.QuickOutlineHandler;
import org.memdsl.ui.outline.MemOutlinePage;

/**
 * The editor's navigation and editing in the real workbench: outline and quick outline, F3 and
 * Ctrl+click into an imported file, find references, rename across files, toggle comment,
 * templates, import-path completion, semantic highlighting and the keys that reach them. A
 * screenshot per feature goes to {@code target/screenshots}.
 */
class NavigationWorkbenchTest {

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
            experiment dark { device cell apply pulse1 sample = 0.1 ms measure epsc as currents }
            experiment pairs_run { device cell use ppf (amplitude = 2 V) }
            """;

    private IProject project;
    private IWorkbenchPage page;
    private IFile devices;
    private IFile spec;

    @BeforeEach
    void createProject() throws Exception {
        project = Workbench.openProject("memdsl-navigation-test");
        page = Workbench.page();
        devices = Workbench.file(project, "devices.mem", DEVICES);
        spec = Workbench.file(project, "spec.mem", SPEC);
    }

    @AfterEach
    void deleteProject() throws Exception {
        Workbench.close(page, project);
    }

    private ITextEditor open(IFile file) throws Exception {
        ITextEditor editor = assertInstanceOf(ITextEditor.class, IDE.openEditor(page, file));
        page.activate(editor);
        Workbench.settle(300);
        return editor;
    }

    private static IDocument document(ITextEditor editor) {
        return editor.getDocumentProvider().getDocument(editor.getEditorInput());
    }

    private void execute(String command) throws Exception {
        page.getWorkbenchWindow().getService(IHandlerService.class).executeCommand(command, null);
    }

    private static int selectionOffset(IEditorPart editor) {
        return ((ITextSelection) ((ITextEditor) editor).getSelectionProvider().getSelection()).getOffset();
    }

    @Test
    void outlineShowsTheDeclarationsAndFollowsTyping() throws Exception {
        ITextEditor editor = open(devices);
        ContentOutline outline = (ContentOutline) page.showView(IPageLayout.ID_OUTLINE);
        page.activate(editor);
        Workbench.waitUntil(() -> outline.getCurrentPage() instanceof MemOutlinePage, 5_000, "the memdsl outline");
        MemOutlinePage memOutline = (MemOutlinePage) outline.getCurrentPage();
        List<String> declarations = List.of("device cell : opto_memristor", "protocol ppf : (amplitude, width)",
                "parameter amplitude : = 3 V", "parameter width : = 6 ms", "stimulus pairs : paired", "measure ppf");
        Workbench.waitUntil(() -> memOutline.labels().equals(declarations), 5_000,
                "the outline's declarations, parsed in the background");
        document(editor).replace(document(editor).getLength(), 0, "stimulus flash : light_pulse { }\n");
        Workbench.waitUntil(() -> memOutline.labels().contains("stimulus flash : light_pulse"), 5_000,
                "the outline to follow the edit");
        Screenshots.take("outline");
    }

    @Test
    void quickOutlineFiltersAndGoesToTheDeclaration() throws Exception {
        ITextEditor editor = open(devices);
        execute("org.memdsl.ui.quickOutline");
        NavigatorPopup popup = QuickOutlineHandler.lastPopup();
        assertNotNull(popup);
        assertTrue(popup.shownLabels().containsAll(List.of("device cell : opto_memristor", "stimulus pairs : paired")),
                popup.shownLabels().toString());
        popup.filter().setText("pairs");
        Workbench.settle(200);
        assertEquals(List.of("protocol ppf : (amplitude, width)", "stimulus pairs : paired"), popup.shownLabels());
        Screenshots.take("quick-outline");
        popup.choose();
        assertEquals(DEVICES.indexOf("ppf ("), selectionOffset(editor), "the first match, the protocol, is chosen");
    }

    @Test
    void f3AndCtrlClickOpenTheDeclarationInTheImportedFile() throws Exception {
        ITextEditor editor = open(spec);
        editor.selectAndReveal(SPEC.indexOf("cell apply") + 1, 0);
        execute("org.memdsl.ui.openDeclaration");
        Workbench.waitUntil(() -> page.getActiveEditor() != null
                && page.getActiveEditor().getEditorInput().getName().equals("devices.mem"), 5_000, "devices.mem");
        assertEquals(DEVICES.indexOf("cell"), selectionOffset(page.getActiveEditor()));
        Screenshots.take("open-declaration");

        page.activate(editor);
        ITextViewer viewer = editor.getAdapter(ITextViewer.class);
        IHyperlink[] links = new MemHyperlinkDetector().detectHyperlinks(viewer,
                new Region(SPEC.indexOf("ppf ("), 0), false);
        assertNotNull(links, "a link on a protocol's use");
        assertEquals(new Region(SPEC.indexOf("ppf ("), 3), links[0].getHyperlinkRegion());
        assertTrue(links[0].getHyperlinkText().contains("devices.mem:2"), links[0].getHyperlinkText());
        assertEquals(null, new MemHyperlinkDetector().detectHyperlinks(viewer, new Region(SPEC.indexOf("1 V"), 0),
                false), "no link on a number");
    }

    @Test
    void findReferencesListsEveryUseAcrossFiles() throws Exception {
        ITextEditor editor = open(devices);
        editor.selectAndReveal(DEVICES.indexOf("cell"), 0);
        execute("org.memdsl.ui.findReferences");
        NavigatorPopup popup = FindReferencesHandler.lastPopup();
        assertNotNull(popup);
        assertEquals(List.of(
                "memdsl-navigation-test/spec.mem:3: experiment dark { device cell apply pulse1 sample = 0.1 ms measure"
                        + " epsc as currents }",
                "memdsl-navigation-test/spec.mem:4: experiment pairs_run { device cell use ppf (amplitude = 2 V) }"),
                popup.shownLabels());
        Screenshots.take("find-references");
        popup.choose();
        Workbench.waitUntil(() -> page.getActiveEditor().getEditorInput().getName().equals("spec.mem"), 5_000,
                "spec.mem");
        assertEquals(SPEC.indexOf("cell apply"), selectionOffset(page.getActiveEditor()));
    }

    @Test
    void renameChangesTheOpenEditorAndTheClosedFile() throws Exception {
        ITextEditor editor = open(devices);
        editor.selectAndReveal(DEVICES.indexOf("cell") + 2, 0);
        answerNextDialog("Rename 'cell'", "dot");
        execute("org.memdsl.ui.rename");
        assertTrue(document(editor).get().startsWith("device dot : opto_memristor"), document(editor).get());
        assertTrue(editor.isDirty(), "an open editor is changed, not saved");
        String saved = new String(spec.getContents(true).readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(saved.contains("experiment dark { device dot apply pulse1")
                && saved.contains("experiment pairs_run { device dot use"), saved);
        editor.doSave(null);
        Workbench.waitUntil(() -> Workbench.markers(spec).length == 0 && Workbench.markers(devices).length == 0,
                5_000, "no problems after the rename");
    }

    /** Types {@code answer} into the next dialog titled {@code title} and presses OK, from a timer. */
    private static void answerNextDialog(String title, String answer) {
        Display display = Display.getCurrent();
        Runnable[] attempt = new Runnable[1];
        attempt[0] = () -> {
            Shell dialog = Arrays.stream(display.getShells()).filter(s -> title.equals(s.getText())).findFirst()
                    .orElse(null);
            if (dialog == null) {
                display.timerExec(100, attempt[0]);
                return;
            }
            find(dialog, Text.class).setText(answer);
            Screenshots.take("rename-dialog");
            Button ok = (Button) Arrays.stream(children(dialog)).filter(c -> c instanceof Button b
                    && "OK".equals(b.getText())).findFirst().orElseThrow();
            ok.notifyListeners(org.eclipse.swt.SWT.Selection, new org.eclipse.swt.widgets.Event());
        };
        display.timerExec(100, attempt[0]);
    }

    private static <T extends Control> T find(Control root, Class<T> type) {
        return Arrays.stream(children(root)).filter(type::isInstance).map(type::cast).findFirst().orElseThrow();
    }

    private static Control[] children(Control root) {
        List<Control> all = new java.util.ArrayList<>();
        collect(root, all);
        return all.toArray(Control[]::new);
    }

    private static void collect(Control control, List<Control> all) {
        all.add(control);
        if (control instanceof org.eclipse.swt.widgets.Composite c) {
            for (Control child : c.getChildren()) {
                collect(child, all);
            }
        }
    }

    @Test
    void toggleCommentCommentsAndUncommentsTheSelectedLines() throws Exception {
        ITextEditor editor = open(spec);
        int start = SPEC.indexOf("stimulus");
        int end = SPEC.indexOf("experiment pairs_run");
        editor.selectAndReveal(start, end - start);
        execute("org.memdsl.ui.toggleComment");
        String commented = document(editor).get();
        assertTrue(commented.contains("// stimulus pulse1") && commented.contains("// experiment dark {"), commented);
        assertTrue(commented.contains("\nexperiment pairs_run"), "the line the selection ends before is left alone");
        Screenshots.take("toggle-comment");
        editor.selectAndReveal(start, 3);
        execute("org.memdsl.ui.toggleComment");
        assertTrue(document(editor).get().contains("\nstimulus pulse1"), document(editor).get());
    }

    @Test
    void templatesAndImportPathsAreOfferedByContentAssist() throws Exception {
        ITextEditor editor = open(spec);
        IDocument document = document(editor);
        document.replace(document.getLength(), 0, "pp");
        ITextViewer viewer = editor.getAdapter(ITextViewer.class);
        ICompletionProposal[] proposals = new MemContentAssistProcessor().computeCompletionProposals(viewer,
                document.getLength());
        ICompletionProposal template = Arrays.stream(proposals)
                .filter(p -> p.getDisplayString().startsWith("ppf")).findFirst().orElseThrow();
        ((ICompletionProposalExtension2) template).apply(viewer, '\0', 0, document.getLength());
        assertTrue(document.get().contains("stimulus pairs : paired {"), document.get());
        assertTrue(document.get().contains("device cell\n    apply pairs"), document.get());
        Screenshots.take("template-inserted");

        document.set("import \"\n");
        ICompletionProposal[] paths = new MemContentAssistProcessor().computeCompletionProposals(viewer, 8);
        assertEquals(List.of("\"devices.mem\" \u2014 file next to this one"),
                Arrays.stream(paths).map(ICompletionProposal::getDisplayString).toList());
    }

    @Test
    void familiesUnitsAndReferencesAreColouredByTheirRole() throws Exception {
        ITextEditor editor = open(spec);
        IDocument document = document(editor);
        int family = SPEC.indexOf("pulse {");
        Workbench.waitUntil(() -> SemanticHighlights.styleAt(document, family) != null, 5_000,
                "the semantic highlighting of the first check");
        assertEquals(MemDslSemanticHighlighting.KIND, SemanticHighlights.styleAt(document, family));
        assertEquals(MemDslSemanticHighlighting.UNIT, SemanticHighlights.styleAt(document, SPEC.indexOf("ms }")));
        assertEquals(MemDslSemanticHighlighting.REFERENCE, SemanticHighlights.styleAt(document,
                SPEC.indexOf("cell apply")));
        StyledText text = editor.getAdapter(Control.class) instanceof StyledText s ? s
                : (StyledText) editor.getAdapter(ITextViewer.class).getTextWidget();
        Workbench.waitUntil(() -> colour(text, family) != null && colour(text, family).equals(MemTokenScanner.KIND),
                5_000, "the family drawn in the kind colour");
        assertEquals(MemTokenScanner.UNIT, colour(text, SPEC.indexOf("ms }")));
        assertEquals(MemTokenScanner.REFERENCE, colour(text, SPEC.indexOf("cell apply")));
        assertEquals(MemTokenScanner.KEYWORD, colour(text, SPEC.indexOf("experiment")));
        Screenshots.take("semantic-highlighting");
    }

    private static RGB colour(StyledText text, int offset) {
        StyleRange range = text.getStyleRangeAtOffset(offset);
        return range == null || range.foreground == null ? null : range.foreground.getRGB();
    }

    @Test
    void markOccurrencesFollowsWhatANameRefersTo() throws Exception {
        ITextEditor editor = open(spec);
        ISourceViewer viewer = (ISourceViewer) editor.getAdapter(ITextViewer.class);
        editor.selectAndReveal(SPEC.indexOf("pulse1 sample") + 2, 0);
        Workbench.waitUntil(() -> occurrences(viewer).equals(List.of(SPEC.indexOf("pulse1 :"),
                SPEC.indexOf("pulse1 sample"))), 5_000, "the stimulus's declaration and use marked");
        Workbench.settle(500);
        Screenshots.take("mark-occurrences");
        editor.selectAndReveal(SPEC.indexOf("cell apply") + 1, 0);
        Workbench.waitUntil(() -> occurrences(viewer).equals(List.of(SPEC.indexOf("cell apply"),
                SPEC.indexOf("cell use"))), 5_000, "both uses of the imported device marked");
        editor.selectAndReveal(SPEC.indexOf("1 V"), 0);
        Workbench.waitUntil(() -> occurrences(viewer).isEmpty(), 5_000, "nothing marked off a name");
    }

    private static List<Integer> occurrences(ISourceViewer viewer) {
        List<Integer> offsets = new java.util.ArrayList<>();
        viewer.getAnnotationModel().getAnnotationIterator().forEachRemaining(a -> {
            if (MarkOccurrences.ANNOTATION.equals(a.getType())) {
                offsets.add(viewer.getAnnotationModel().getPosition(a).getOffset());
            }
        });
        offsets.sort(null);
        return offsets;
    }

    @Test
    void theEditorsKeysReachMemdslsCommands() throws Exception {
        open(spec);
        IBindingService bindings = page.getWorkbenchWindow().getService(IBindingService.class);
        Workbench.waitUntil(() -> "F3".equals(bindings.getBestActiveBindingFormattedFor(
                "org.memdsl.ui.openDeclaration")), 5_000, "F3 bound in the .mem editor");
        assertEquals(keys("M1+O"), bindings.getBestActiveBindingFormattedFor("org.memdsl.ui.quickOutline"));
        assertEquals(keys("M1+/"), bindings.getBestActiveBindingFormattedFor("org.memdsl.ui.toggleComment"));
        assertEquals(keys("M1+M2+G"), bindings.getBestActiveBindingFormattedFor("org.memdsl.ui.findReferences"));
        assertEquals(keys("M2+M3+R"), bindings.getBestActiveBindingFormattedFor("org.memdsl.ui.rename"));
        assertEquals(keys("M1+M2+F"), bindings.getBestActiveBindingFormattedFor("org.memdsl.ui.format"));
    }

    /** A key sequence as this platform writes it (GTK: Shift+Ctrl+G). */
    private static String keys(String formal) throws Exception {
        return org.eclipse.jface.bindings.keys.KeySequence.getInstance(formal).format();
    }
}
