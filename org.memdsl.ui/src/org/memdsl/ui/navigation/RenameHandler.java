package org.memdsl.ui.navigation;

import java.util.List;
import java.util.Map;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.emf.common.util.URI;
import org.eclipse.jface.dialogs.InputDialog;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.window.Window;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.handlers.HandlerUtil;
import org.memdsl.ide.navigation.MemDslNavigation;
import org.memdsl.ide.navigation.Place;
import org.memdsl.ide.navigation.SpecWorkspace;
import org.memdsl.ui.editor.DocumentFiles;
import org.memdsl.ui.internal.MemDslUiPlugin;

/**
 * Alt+Shift+R: renames the declaration at the cursor and every use of it in the workspace's
 * {@code .mem} files (open editors are edited in place and stay unsaved; other files are written).
 */
public class RenameHandler extends AbstractHandler {

    @Override
    public Object execute(ExecutionEvent event) {
        SpecEditor spec = SpecEditor.of(event).orElse(null);
        if (spec == null) {
            return null;
        }
        Shell shell = HandlerUtil.getActiveShell(event);
        try {
            SpecWorkspace workspace = WorkspaceSpecs.open(spec.document());
            MemDslNavigation navigation = MemDslUiPlugin.get().injector().getInstance(MemDslNavigation.class);
            URI uri = DocumentFiles.uri(spec.document());
            String oldName = navigation.renameable(workspace, uri, spec.offset());
            String newName = ask(shell, oldName, workspace, navigation, uri, spec.offset());
            if (newName == null || newName.equals(oldName)) {
                return null;
            }
            MemDslNavigation.Rename rename = navigation.rename(workspace, uri, spec.offset(), newName);
            apply(rename);
            spec.status("Renamed '" + oldName + "' to '" + newName + "' at " + rename.count() + " places in "
                    + rename.edits().size() + " files");
        } catch (IllegalArgumentException e) {
            MessageDialog.openInformation(shell, "Rename", e.getMessage());
        } catch (Exception e) {
            MemDslUiPlugin.log().error("memdsl rename failed", e);
            MessageDialog.openError(shell, "Rename", "Rename failed: " + e.getMessage());
        }
        return null;
    }

    private static String ask(Shell shell, String oldName, SpecWorkspace workspace, MemDslNavigation navigation,
            URI uri, int offset) {
        InputDialog dialog = new InputDialog(shell, "Rename '" + oldName + "'",
                "New name (the declaration and every use in the workspace):", oldName, name -> {
                    try {
                        navigation.rename(workspace, uri, offset, name);
                        return null;
                    } catch (IllegalArgumentException e) {
                        return e.getMessage();
                    }
                });
        return dialog.open() == Window.OK ? dialog.getValue() : null;
    }

    private static void apply(MemDslNavigation.Rename rename) throws Exception {
        for (Map.Entry<URI, List<Place>> file : rename.edits().entrySet()) {
            SpecEdits.replace(file.getKey(), file.getValue(), rename.newName());
        }
    }
}
