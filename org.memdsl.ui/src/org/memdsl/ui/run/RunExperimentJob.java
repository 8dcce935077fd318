package org.memdsl.ui.run;

import java.nio.file.Path;
import java.util.List;
import java.util.OptionalLong;
import java.util.stream.Collectors;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.PlatformUI;
import org.memdsl.run.SpecErrorsException;
import org.memdsl.run.SpecRunner;
import org.memdsl.ui.internal.MemDslUiPlugin;
import org.memdsl.ui.results.ResultsView;

/**
 * Runs a spec through the same runner as the command line and writes its results next to it,
 * under {@code results/FILE-STEM/}; then shows the figures in the results view.
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

    public static Path outputDirectory(Path spec) {
        String stem = spec.getFileName().toString().replaceFirst("\\.mem$", "");
        return spec.toAbsolutePath().getParent().resolve("results").resolve(stem);
    }

    @Override
    protected IStatus run(IProgressMonitor monitor) {
        SubMonitor progress = SubMonitor.convert(monitor, TICKS);
        int[] done = { 0 };
        SpecRunner runner = MemDslUiPlugin.get().injector().getInstance(SpecRunner.class);
        try {
            List<SpecRunner.Outcome> outcomes = runner.run(file, outputDirectory(file), OptionalLong.empty(),
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
            refresh();
            Display.getDefault().asyncExec(() -> show(outcomes));
            return Status.OK_STATUS;
        } catch (SpecErrorsException e) {
            String issues = e.issues().stream().map(Object::toString).collect(Collectors.joining("\n"));
            return Status.error(file.getFileName() + " has errors and was not run:\n" + issues);
        } catch (org.eclipse.core.runtime.OperationCanceledException e) {
            return Status.CANCEL_STATUS;
        } catch (Exception e) {
            return Status.error("Running " + file.getFileName() + " failed: " + e.getMessage(), e);
        }
    }

    private void refresh() {
        if (workspaceFile != null) {
            try {
                workspaceFile.getParent().refreshLocal(IResource.DEPTH_INFINITE, null);
            } catch (CoreException e) {
                MemDslUiPlugin.log().warn("could not refresh " + workspaceFile.getParent(), e);
            }
        }
    }

    private static void show(List<SpecRunner.Outcome> outcomes) {
        try {
            ResultsView view = (ResultsView) PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage()
                    .showView(ResultsView.ID);
            view.show(outcomes);
        } catch (PartInitException e) {
            MemDslUiPlugin.log().error("cannot open the memdsl results view", e);
        }
    }
}
