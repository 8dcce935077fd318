package org.memdsl.ui.run;

import java.nio.file.Path;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.runtime.Adapters;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.ui.IEditorInput;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IFileEditorInput;
import org.eclipse.ui.IURIEditorInput;
import org.eclipse.ui.handlers.HandlerUtil;
import org.eclipse.ui.part.FileEditorInput;

/**
 * "Run Experiment": saves the active {@code .mem} editor and runs its file in a background job; from
 * the Project Explorer, runs the selected {@code .mem} files.
 */
public class RunExperimentHandler extends AbstractHandler {

    @Override
    public Object execute(ExecutionEvent event) {
        if (HandlerUtil.getCurrentSelection(event) instanceof IStructuredSelection selection
                && !selection.isEmpty() && !(HandlerUtil.getActivePart(event) instanceof IEditorPart)) {
            return runSelected(event, selection);
        }
        IEditorPart editor = HandlerUtil.getActiveEditor(event);
        Path file = editor == null ? null : fileOf(editor.getEditorInput());
        if (file == null || !file.toString().endsWith(".mem")) {
            MessageDialog.openInformation(HandlerUtil.getActiveShell(event), "Run Experiment",
                    "Open a .mem file in the editor to run its experiments.");
            return null;
        }
        if (editor.isDirty()) {
            editor.doSave(null);
        }
        IFile workspaceFile = editor.getEditorInput() instanceof IFileEditorInput in ? in.getFile() : null;
        new RunExperimentJob(file, workspaceFile).schedule();
        return null;
    }

    /** From the Project Explorer: runs each selected {@code .mem} file, saving an open editor of it first. */
    private static Object runSelected(ExecutionEvent event, IStructuredSelection selection) {
        for (Object element : selection.toList()) {
            IFile file = Adapters.adapt(element, IFile.class);
            if (file == null || !"mem".equals(file.getFileExtension()) || file.getLocation() == null) {
                continue;
            }
            IEditorPart open = HandlerUtil.getActiveWorkbenchWindow(event).getActivePage()
                    .findEditor(new FileEditorInput(file));
            if (open != null && open.isDirty()) {
                open.doSave(null);
            }
            new RunExperimentJob(file.getLocation().toFile().toPath(), file).schedule();
        }
        return null;
    }

    static Path fileOf(IEditorInput input) {
        if (input instanceof IFileEditorInput in && in.getFile().getLocation() != null) {
            return in.getFile().getLocation().toFile().toPath();
        }
        if (input instanceof IURIEditorInput in && "file".equals(in.getURI().getScheme())) {
            return Path.of(in.getURI());
        }
        return null;
    }
}
