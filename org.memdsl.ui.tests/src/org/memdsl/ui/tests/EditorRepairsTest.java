package org.memdsl.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.core.runtime.Platform;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.ITextViewer;
import org.eclipse.jface.text.Region;
import org.eclipse.jface.text.contentassist.ContentAssistant;
import org.eclipse.jface.text.source.ISourceViewer;
import org.eclipse.jface.text.source.SourceViewer;
import org.eclipse.jface.text.source.TextInvocationContext;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.StyleRange;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.handlers.IHandlerService;
import org.eclipse.ui.ide.IDE;
import org.eclipse.ui.texteditor.ITextEditor;
import org.eclipse.core.resources.IMarker;
import org.eclipse.ui.IMarkerResolution;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.memdsl.ui.editor.MemQuickAssistProcessor;
import org.memdsl.ui.editor.MemTokenScanner;
import org.memdsl.ui.editor.MemValidationStrategy;

/**
 * The editor faults found by trying the workbench (issue 14), each with the test that would have
 * caught it: digits inside names coloured as numbers, content assist opening on every letter, a
 * cancelled check killing the validation thread, error decorations in the Project Explorer raising
 * dialogs or logging errors; and the editing aids every Xtext editor has that were missing: quick
 * fixes (Ctrl+1) and self-closing brackets.
 */
class EditorRepairsTest {

    private static final String BROKEN = """
            device g0 : linear_ion_drift { r_off = 16 kΩ }
            stimulus p : train { amplitude = 2 V width = 5 mV frequency = 100 Hz count = 5 }
            experiment retention_363K { device g0 apply p measure epsc }
            """;

    private IProject project;
    private IWorkbenchPage page;

    @BeforeEach
    void createProject() throws Exception {
        project = Workbench.openProject("memdsl-repairs");
        page = Workbench.page();
    }

    @AfterEach
    void deleteProject() throws Exception {
        Workbench.close(page, project);
    }

    @Test
    void digitsInsideNamesAreNotColouredAsNumbers() throws Exception {
        IFile file = Workbench.file(project, "names.mem", BROKEN);
        IEditorPart editor = IDE.openEditor(page, file);
        StyledText text = (StyledText) editor.getAdapter(org.eclipse.swt.widgets.Control.class);
        int number = BROKEN.indexOf("16");
        Workbench.waitUntil(() -> text.getStyleRangeAtOffset(number) != null, 10_000, "highlighting");
        assertEquals(MemTokenScanner.NUMBER, text.getStyleRangeAtOffset(number).foreground.getRGB());
        for (String name : List.of("g0", "retention_363K")) {
            int digit = BROKEN.indexOf(name) + name.indexOf(name.chars().filter(Character::isDigit)
                    .mapToObj(c -> String.valueOf((char) c)).findFirst().orElseThrow());
            StyleRange style = text.getStyleRangeAtOffset(digit);
            assertTrue(style == null || style.foreground == null
                    || !MemTokenScanner.NUMBER.equals(style.foreground.getRGB()), name + " is a name, not a number");
        }
    }

    /** Content assist opens on Ctrl+Space and after ':' only, so Return always breaks the line. */
    @Test
    void contentAssistDoesNotOpenOnEveryLetter() throws Exception {
        IFile file = Workbench.file(project, "assist.mem", BROKEN);
        IEditorPart editor = IDE.openEditor(page, file);
        ITextViewer viewer = editor.getAdapter(ITextViewer.class);
        Field field = SourceViewer.class.getDeclaredField("fContentAssistant");
        field.setAccessible(true);
        ContentAssistant assistant = (ContentAssistant) field.get(viewer);
        Method onType = ContentAssistant.class.getDeclaredMethod("isAutoActivateCompletionOnType");
        onType.setAccessible(true);
        assertFalse((Boolean) onType.invoke(assistant), "auto activation on typed letters");
    }

    /**
     * A check cancelled by a newer edit (Xtext throws OperationCanceledError) ends quietly; the next
     * check still runs and writes the markers.
     */
    @Test
    void aCancelledCheckLeavesTheNextOneWorking() throws Exception {
        IFile file = Workbench.file(project, "cancel.mem", BROKEN);
        IEditorPart editor = IDE.openEditor(page, file);
        IDocument document = ((ITextEditor) editor).getDocumentProvider().getDocument(editor.getEditorInput());
        Workbench.waitUntil(() -> Workbench.markers(file).length > 0, 30_000, "the first check");
        document.replace(BROKEN.indexOf("5 mV"), 4, "5 ms");

        MemValidationStrategy strategy = new MemValidationStrategy();
        strategy.setDocument(document);
        NullProgressMonitor cancelled = new NullProgressMonitor();
        cancelled.setCanceled(true);
        strategy.setProgressMonitor(cancelled);
        strategy.reconcile(new Region(0, document.getLength()));
        assertNotEquals(0, Workbench.markers(file).length, "a cancelled check changes nothing");

        strategy.setProgressMonitor(new NullProgressMonitor());
        strategy.reconcile(new Region(0, document.getLength()));
        assertEquals(0, Workbench.markers(file).length, "the next check sees the fixed unit");
    }

    /**
     * A file with errors in the Project Explorer gets its decorations without an error dialog and
     * without errors in the workspace log (image resources, SVG icons).
     */
    @Test
    void errorDecorationsRaiseNoDialogAndNoLoggedError() throws Exception {
        page.showView(IPageLayout.ID_PROJECT_EXPLORER);
        IFile file = Workbench.file(project, "decorated.mem", BROKEN);
        IDE.openEditor(page, file);
        Workbench.waitUntil(() -> Workbench.markers(file).length > 0, 30_000, "a problem marker");
        Workbench.settle(2000);
        Shell workbench = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell();
        List<Shell> dialogs = Arrays.stream(Display.getCurrent().getShells())
                .filter(s -> s != workbench && s.isVisible() && (s.getStyle() & SWT.APPLICATION_MODAL) != 0)
                .toList();
        assertEquals(List.of(), dialogs.stream().map(Shell::getText).toList(), "no dialog opened");
        Screenshots.take("project-explorer-decorations");
        Path log = Platform.getLogFileLocation().toFile().toPath();
        String text = Files.exists(log) ? Files.readString(log) : "";
        for (String fault : List.of("Unable to create resource", "No SVG rasterizer", "Unsupported class file major",
                "memdsl validation failed", "An internal error occurred")) {
            assertFalse(text.contains(fault), "the workspace log holds '" + fault + "'");
        }
    }

    /**
     * The product runs on Java 25: spifly weaves the SVG support's service loading with ASM, and an
     * ASM older than 9.8 cannot read Java 25 classes ("Unsupported class file major version 69"), which
     * left the product without an SVG rasterizer and so without icons or tab headers. The test runtime
     * did not take that path (the product did), so the bundle set itself is checked.
     */
    @Test
    void theWeavingAsmReadsJava25Classes() {
        org.osgi.framework.Bundle asm = org.eclipse.core.runtime.Platform.getBundle("org.objectweb.asm");
        assertTrue(asm != null, "ASM is in the product's bundle set (spifly needs it)");
        assertTrue(asm.getVersion().compareTo(new org.osgi.framework.Version(9, 8, 0)) >= 0,
                "ASM " + asm.getVersion() + " cannot read Java 25 classes; 9.8 or newer is needed");
        assertTrue(org.eclipse.core.runtime.Platform.getBundles("org.objectweb.asm", null).length == 1,
                "one ASM only, so spifly cannot wire to an older one");
    }

    /** Ctrl+1 on a wrong unit offers the expected unit; applying it clears the marker. */
    @Test
    void quickFixChangesTheUnitAndClearsTheMarker() throws Exception {
        String text = "stimulus p : pulse { amplitude = 1 V width = 5 mV }\n";
        IFile file = Workbench.file(project, "fix.mem", text);
        IEditorPart editor = IDE.openEditor(page, file);
        Workbench.waitUntil(() -> Workbench.markers(file).length > 0, 30_000, "a problem marker");
        ISourceViewer viewer = (ISourceViewer) editor.getAdapter(ITextViewer.class);
        int unit = text.indexOf("5 mV") + 2;
        assertEquals(0, new MemQuickAssistProcessor().computeQuickAssistProposals(
                new TextInvocationContext(viewer, unit + 1, 0)).length,
                "a workspace file's fixes come once, through its marker");
        IMarker marker = Workbench.markers(file)[0];
        IMarkerResolution[] resolutions = IDE.getMarkerHelpRegistry().getResolutions(marker);
        assertEquals(List.of("Change the unit to s"), Arrays.stream(resolutions).map(IMarkerResolution::getLabel)
                .toList());
        ((ITextEditor) editor).selectAndReveal(unit + 1, 0);
        ((org.eclipse.jface.text.source.SourceViewer) viewer).doOperation(ISourceViewer.QUICK_ASSIST);
        Workbench.settle(500);
        Screenshots.take("quick-fix");
        viewer.getTextWidget().setFocus();
        resolutions[0].run(marker);
        IDocument document = viewer.getDocument();
        assertTrue(document.get().contains("width = 5 s"), document.get());
        assertTrue(editor.isDirty(), "the open editor is changed in place");
        Workbench.waitUntil(() -> Workbench.markers(file).length == 0, 30_000, "the marker to go away");
    }

    /** Brackets and quotes close themselves, and typing the closing one steps over it. */
    @Test
    void bracketsCloseThemselves() throws Exception {
        IFile file = Workbench.file(project, "brackets.mem", "");
        IEditorPart editor = IDE.openEditor(page, file);
        ITextViewer viewer = editor.getAdapter(ITextViewer.class);
        StyledText text = viewer.getTextWidget();
        for (char c : "device d : vteam {".toCharArray()) {
            type(text, c);
        }
        assertEquals("device d : vteam {}", viewer.getDocument().get());
        type(text, '}');
        assertEquals("device d : vteam {}", viewer.getDocument().get(), "the closing brace is stepped over");
        Screenshots.take("brackets");
    }

    private static void type(StyledText text, char c) {
        org.eclipse.swt.widgets.Event event = new org.eclipse.swt.widgets.Event();
        event.character = c;
        event.doit = true;
        text.notifyListeners(SWT.KeyDown, event);
        Workbench.settle(20);
    }

    /** Format (Ctrl+Shift+F, the memdsl menu) lays out the editor text as memdsl format does. */
    @Test
    void formatCommandLaysOutTheEditor() throws Exception {
        IFile file = Workbench.file(project, "format.mem", "device cell : vteam {r_on=10 kΩ}\n");
        IEditorPart editor = IDE.openEditor(page, file);
        IDocument document = ((ITextEditor) editor).getDocumentProvider().getDocument(editor.getEditorInput());
        PlatformUI.getWorkbench().getService(IHandlerService.class).executeCommand("org.memdsl.ui.format", null);
        assertEquals("device cell : vteam { r_on = 10 kΩ }\n", document.get());
        Screenshots.take("format");
    }
}
