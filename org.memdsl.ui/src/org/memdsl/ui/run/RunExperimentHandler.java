package org.memdsl.ui.run;

import java.nio.file.Path;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.resources.IFile;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.ui.IEditorInput;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IFileEditorInput;
import org.eclipse.ui.IURIEditorInput;
import org.eclipse.ui.handlers.HandlerUtil;

/** "Run Experiment": saves the active {@code .mem} editor and runs its file in a background job. */
public class RunExperimentHandler extends AbstractHandler {

    @Override
    public Object execute(ExecutionEvent event) {
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
