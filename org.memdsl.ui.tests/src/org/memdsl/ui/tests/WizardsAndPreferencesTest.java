package org.memdsl.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.List;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.jface.preference.PreferenceDialog;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.wizard.WizardDialog;
import org.eclipse.ui.IMarkerResolution;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.dialogs.PreferencesUtil;
import org.eclipse.ui.ide.IDE;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.memdsl.ui.builder.MemDslNature;
import org.memdsl.ui.internal.MemDslUiPlugin;
import org.memdsl.ui.preferences.RunPreferences;
import org.memdsl.ui.wizards.NewFileWizard;
import org.memdsl.ui.wizards.NewProjectWizard;

/**
 * New memdsl Project and File wizards, the preferences page and its effect on runs, and quick fixes
 * of a problem marker as the Problems view offers them.
 */
class WizardsAndPreferencesTest {

    private IProject project;
    private final IWorkbenchPage page = Workbench.page();

    @AfterEach
    void deleteProject() throws Exception {
        if (project != null && project.exists()) {
            Workbench.close(page, project);
        }
        MemDslUiPlugin.get().getPreferenceStore().setToDefault(RunPreferences.SEED);
        MemDslUiPlugin.get().getPreferenceStore().setToDefault(RunPreferences.KEEP_RUNS);
    }

    @Test
    void newProjectWizardCreatesAProjectWithTheNatureAndThePaperExamples() throws Exception {
        NewProjectWizard wizard = new NewProjectWizard();
        wizard.init(PlatformUI.getWorkbench(), StructuredSelection.EMPTY);
        wizard.setInitialProjectName("memdsl-wizard-test");
        WizardDialog dialog = new WizardDialog(page.getWorkbenchWindow().getShell(), wizard);
        dialog.setBlockOnOpen(false);
        dialog.create();
        dialog.open();
        Workbench.settle(300);
        Screenshots.take("new-project-wizard");
        assertTrue(wizard.performFinish(), "the wizard finishes");
        dialog.close();
        project = wizard.created();
        assertTrue(project.hasNature(MemDslNature.ID), "the project has the memdsl nature");
        IFile ppf = project.getFile("papers/paper-a-ppf.mem");
        assertTrue(ppf.exists(), "the paper examples are copied");
        assertEquals(22, project.getFolder("papers").members().length);
        IFile broken = Workbench.file(project, "papers/broken.mem",
                "device d : linear_ion_drift { }\nstimulus p : pulse { amplitude = 1 V width = 5 mV }\n");
        Workbench.waitUntil(() -> Workbench.markers(broken).length == 1, 30_000, "the builder to check a new file");
        for (var member : project.getFolder("papers").members()) {
            if (member instanceof IFile example && !example.equals(broken)) {
                List<String> errors = Arrays.stream(Workbench.markers(example))
                        .filter(m -> m.getAttribute(IMarker.SEVERITY, 0) == IMarker.SEVERITY_ERROR)
                        .map(m -> m.getAttribute(IMarker.LINE_NUMBER, 0) + ": " + m.getAttribute(IMarker.MESSAGE, ""))
                        .toList();
                assertEquals(List.of(), errors, example.getName() + " checks clean");
            }
        }
    }

    @Test
    void newFileWizardCreatesAFileThatChecksCleanAndOpensIt() throws Exception {
        project = Workbench.openProject("memdsl-newfile-test");
        NewFileWizard wizard = new NewFileWizard();
        wizard.init(PlatformUI.getWorkbench(), new StructuredSelection(project));
        WizardDialog dialog = new WizardDialog(page.getWorkbenchWindow().getShell(), wizard);
        dialog.setBlockOnOpen(false);
        dialog.create();
        wizard.page().setFileName("first.mem");
        dialog.open();
        Workbench.settle(300);
        Screenshots.take("new-file-wizard");
        assertTrue(wizard.performFinish());
        dialog.close();
        IFile file = wizard.created();
        assertEquals("first.mem", file.getName());
        assertEquals(NewFileWizard.CONTENT, new String(file.getContents(true).readAllBytes(), StandardCharsets.UTF_8));
        Workbench.waitUntil(() -> page.getActiveEditor() != null
                && "first.mem".equals(page.getActiveEditor().getEditorInput().getName()), 5_000, "the new file open");
        Workbench.waitUntil(() -> {
            try {
                return project.hasNature(MemDslNature.ID);
            } catch (Exception e) {
                return false;
            }
        }, 10_000, "the nature added to the project");
        Workbench.settle(1_000);
        assertEquals(0, Workbench.markers(file).length, "the starting spec is valid");
    }

    @Test
    void preferencesSetWhereAndWithWhichSeedRunsWrite() throws Exception {
        PreferenceDialog dialog = PreferencesUtil.createPreferenceDialogOn(page.getWorkbenchWindow().getShell(),
                "org.memdsl.ui.preferences", null, null);
        dialog.setBlockOnOpen(false);
        dialog.open();
        Workbench.settle(300);
        Screenshots.take("preferences");
        dialog.close();

        Path spec = Path.of("/tmp/specs/x.mem");
        LocalDateTime start = LocalDateTime.of(2026, 12, 6, 7, 5, 12);
        assertEquals(Path.of("/tmp/specs/results/x/2026-12-06T07-05-12"), RunPreferences.outputDirectory(spec, start));
        MemDslUiPlugin.get().getPreferenceStore().setValue(RunPreferences.KEEP_RUNS, false);
        assertEquals(Path.of("/tmp/specs/results/x"), RunPreferences.outputDirectory(spec, start));
        assertTrue(RunPreferences.seed().isEmpty(), "no seed set: the file's own");
        MemDslUiPlugin.get().getPreferenceStore().setValue(RunPreferences.SEED, "42");
        assertEquals(42, RunPreferences.seed().getAsLong());
    }

    @Test
    void problemsViewOffersTheEditorsQuickFixes() throws Exception {
        project = Workbench.openProject("memdsl-resolution-test");
        MemDslNature.add(project, null);
        IFile file = Workbench.file(project, "fix.mem", """
                device cell : linear_ion_drift { }
                stimulus p : train { amplitde = 2 V width = 5 ms frequency = 100 Hz count = 5 }
                """);
        Workbench.waitUntil(() -> Arrays.stream(Workbench.markers(file))
                .anyMatch(m -> m.getAttribute(IMarker.MESSAGE, "").contains("amplitde")), 10_000,
                "the builder's marker");
        IMarker marker = Arrays.stream(Workbench.markers(file))
                .filter(m -> m.getAttribute(IMarker.MESSAGE, "").contains("amplitde")).findFirst().orElseThrow();
        assertTrue(IDE.getMarkerHelpRegistry().hasResolutions(marker), "the marker has quick fixes");
        IMarkerResolution[] resolutions = IDE.getMarkerHelpRegistry().getResolutions(marker);
        IMarkerResolution rename = java.util.Arrays.stream(resolutions)
                .filter(r -> r.getLabel().equals("Change to 'amplitude'")).findFirst()
                .orElseThrow(() -> new AssertionError(java.util.Arrays.toString(resolutions)));
        rename.run(marker);
        String fixed = new String(file.getContents(true).readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(fixed.contains("{ amplitude = 2 V width"), fixed);
        Workbench.waitUntil(() -> Workbench.markers(file).length == 0, 10_000, "the marker gone after the fix");
        assertTrue(ResourcesPlugin.getWorkspace().getRoot().getProject("memdsl-resolution-test").exists());
    }

    @Test
    void openingAMemFileGivesItsProjectTheNatureAndClosingUnsavedRechecksTheSavedText() throws Exception {
        project = Workbench.openProject("memdsl-first-open-test");
        IFile file = Workbench.file(project, "valid.mem", NewFileWizard.CONTENT);
        assertTrue(!project.hasNature(MemDslNature.ID), "a plain project to start with");
        var editor = (org.eclipse.ui.texteditor.ITextEditor) IDE.openEditor(page, file);
        Workbench.waitUntil(() -> {
            try {
                return project.hasNature(MemDslNature.ID);
            } catch (Exception e) {
                return false;
            }
        }, 10_000, "the nature added when the first .mem file opens");

        var document = editor.getDocumentProvider().getDocument(editor.getEditorInput());
        document.replace(document.get().indexOf("6 ms"), 4, "6 mV");
        Workbench.waitUntil(() -> Workbench.markers(file).length == 1, 10_000, "the unsaved error marked");
        page.closeEditor(editor, false);
        Workbench.waitUntil(() -> Workbench.markers(file).length == 0, 10_000,
                "the marker of the discarded text gone once the editor closes");
    }
}
