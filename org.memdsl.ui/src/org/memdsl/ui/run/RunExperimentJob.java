package org.memdsl.ui.run;

import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.List;
import java.util.stream.Collectors;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.progress.IProgressConstants;
import org.memdsl.run.SpecErrorsException;
import org.memdsl.run.SpecRunner;
import org.memdsl.ui.builder.ProblemMarkers;
import org.memdsl.ui.internal.MemDslUiPlugin;
import org.memdsl.ui.preferences.RunPreferences;
import org.memdsl.ui.results.ResultsView;
import org.memdsl.ui.results.SpecRun;

/**
 * Runs a spec through the same runner as the command line and writes its results next to it (where
 * {@link RunPreferences} says, by default {@code results/FILE-STEM/START-TIME/}); then adds the run
 * to the results view. A run that fails marks its problems in the Problems view and opens a dialog.
 */
public class RunExperimentJob extends Job {

    private static final int TICKS = 1000;

    private final Path file;
    private final IFile workspaceFile;

    public RunExperimentJob(Path file, IFile workspaceFile) {
        super("Running " + file.getFileName());
        this.file = file;
        this.workspaceFile = workspaceFile;
        setUser(true);
    }

    /** The job family of every run, for waiting on runs. */
    public static final Object FAMILY = RunExperimentJob.class;

    @Override
    public boolean belongsTo(Object family) {
        return family == FAMILY;
    }

    /** The folder the last run of this job wrote, once it has run. */
    private Path written;

    public Path written() {
        return written;
    }

    @Override
    protected IStatus run(IProgressMonitor monitor) {
        SubMonitor progress = SubMonitor.convert(monitor, TICKS);
        int[] done = { 0 };
        SpecRunner runner = MemDslUiPlugin.get().injector().getInstance(SpecRunner.class);
        LocalDateTime start = LocalDateTime.now();
        Path out = RunPreferences.outputDirectory(file, start);
        try {
            List<SpecRunner.Outcome> outcomes = runner.run(file, out, RunPreferences.seed(),
                    (experiment, index, count, fraction) -> {
                        int target = (int) ((index + fraction) / count * TICKS);
                        if (target > done[0]) {
                            progress.subTask(experiment);
                            progress.worked(target - done[0]);
                            done[0] = target;
                        }
                        if (progress.isCanceled()) {
                            throw new org.eclipse.core.runtime.OperationCanceledException();
                        }
                    });
            written = out;
            if (workspaceFile != null) {
                ProblemMarkers.writeRunProblems(workspaceFile, List.of());
            }
            refresh();
            SpecRun run = new SpecRun(file, start, out, outcomes);
            Display.getDefault().asyncExec(() -> show(run));
            return Status.OK_STATUS;
        } catch (SpecErrorsException e) {
            if (workspaceFile != null) {
                ProblemMarkers.writeRunProblems(workspaceFile, e.issues());
            }
            String issues = e.issues().stream().map(Object::toString).collect(Collectors.joining("\n"));
            return failed(file.getFileName() + " was not run:\n" + issues, null);
        } catch (org.eclipse.core.runtime.OperationCanceledException e) {
            return Status.CANCEL_STATUS;
        } catch (Exception e) {
            MemDslUiPlugin.log().error("running " + file + " failed", e);
            return failed("Running " + file.getFileName() + " failed: " + e, e);
        }
    }

    /**
     * A failed run is told in a dialog of its own (the problems also go to the Problems view), not in
     * the platform's generic one.
     */
    /**
     * A spec that cannot run is the user's to fix, shown in the dialog and the Problems view: its
     * status is a warning, kept out of the error log; only a failure of memdsl itself is an error.
     */
    private IStatus failed(String message, Throwable cause) {
        setProperty(IProgressConstants.NO_IMMEDIATE_ERROR_PROMPT_PROPERTY, Boolean.TRUE);
        // not blocking: a modal loop inside this runnable would hold up whatever dispatched it
        Display.getDefault().asyncExec(() -> {
            MessageDialog dialog = new MessageDialog(PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell(),
                    FAILED_TITLE, null, message, MessageDialog.ERROR, 0, "OK");
            dialog.setBlockOnOpen(false);
            dialog.open();
        });
        return cause == null ? Status.warning(message) : Status.error(message, cause);
    }

    /** The title of the dialog a failed run opens. */
    public static final String FAILED_TITLE = "Run Experiment failed";

    private void refresh() {
        if (workspaceFile != null) {
            try {
                workspaceFile.getParent().refreshLocal(IResource.DEPTH_INFINITE, null);
            } catch (CoreException e) {
                MemDslUiPlugin.log().warn("could not refresh " + workspaceFile.getParent(), e);
            }
        }
    }

    private static void show(SpecRun run) {
        try {
            ResultsView view = (ResultsView) PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage()
                    .showView(ResultsView.ID);
            view.add(run);
        } catch (PartInitException e) {
            MemDslUiPlugin.log().error("cannot open the memdsl results view", e);
        }
    }
}
