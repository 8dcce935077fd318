package org.memdsl.ui.tests;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.function.BooleanSupplier;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.memdsl.ui.internal.MemDslUiPlugin;
import org.memdsl.ui.run.RunExperimentJob;

/** What the workbench tests share: files in a test project, waiting on the UI thread, memdsl markers. */
final class Workbench {

    private Workbench() {
    }

    /** A workspace project of that name, open, with the workbench window at a size screenshots can show. */
    static IProject openProject(String name) throws CoreException {
        IProject project = ResourcesPlugin.getWorkspace().getRoot().getProject(name);
        if (!project.exists()) {
            project.create(null);
        }
        project.open(null);
        PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell().setBounds(0, 0, 1400, 900);
        return project;
    }

    static IWorkbenchPage page() {
        return PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
    }

    /**
     * Closes the editors without saving and deletes the project with its files, once every run has
     * finished; a failed run's dialog left open fails the test with its message.
     */
    static void close(IWorkbenchPage page, IProject project) throws CoreException {
        waitUntil(() -> Job.getJobManager().find(RunExperimentJob.FAMILY).length == 0, 120_000, "runs to finish");
        settle(200);
        for (Shell shell : Display.getCurrent().getShells()) {
            if (!shell.isDisposed() && RunExperimentJob.FAILED_TITLE.equals(shell.getText())) {
                String message = Arrays.stream(shell.getChildren()).map(Workbench::texts)
                        .collect(java.util.stream.Collectors.joining(" "));
                shell.close();
                page.closeAllEditors(false);
                project.delete(true, true, null);
                throw new AssertionError("a run failed unexpectedly: " + message);
            }
        }
        page.closeAllEditors(false);
        project.delete(true, true, null);
    }

    private static String texts(org.eclipse.swt.widgets.Control control) {
        StringBuilder text = new StringBuilder();
        if (control instanceof org.eclipse.swt.widgets.Label label) {
            text.append(label.getText());
        }
        if (control instanceof org.eclipse.swt.widgets.Composite composite) {
            for (org.eclipse.swt.widgets.Control child : composite.getChildren()) {
                text.append(' ').append(texts(child));
            }
        }
        return text.toString().trim();
    }

    static IFile file(IProject project, String name, String text) throws CoreException {
        IFile file = project.getFile(name);
        file.create(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), true, null);
        file.setCharset("UTF-8", null);
        return file;
    }

    /** Runs the UI event loop until {@code condition} holds, failing after {@code timeoutMs}. */
    static void waitUntil(BooleanSupplier condition, long timeoutMs, String what) {
        Display display = Display.getCurrent();
        long end = System.currentTimeMillis() + timeoutMs;
        while (!condition.getAsBoolean()) {
            if (System.currentTimeMillis() > end) {
                throw new AssertionError("timed out waiting for " + what);
            }
            if (!display.readAndDispatch()) {
                display.sleep();
                display.timerExec(50, () -> {
                });
            }
        }
    }

    /** Runs the UI event loop for {@code ms}, so that deferred work (decorations, reconciling) happens. */
    static void settle(long ms) {
        long end = System.currentTimeMillis() + ms;
        waitUntil(() -> System.currentTimeMillis() > end, ms + 1000, "the UI to settle");
    }

    static IMarker[] markers(IFile file) {
        try {
            return file.findMarkers(MemDslUiPlugin.PROBLEM_MARKER, false, IResource.DEPTH_ZERO);
        } catch (CoreException e) {
            throw new IllegalStateException(e);
        }
    }
}
