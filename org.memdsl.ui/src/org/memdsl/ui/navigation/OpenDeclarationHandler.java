package org.memdsl.ui.navigation;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.ui.handlers.HandlerUtil;
import org.memdsl.ide.navigation.MemDslNavigation;
import org.memdsl.ide.navigation.SpecWorkspace;
import org.memdsl.ui.editor.DocumentFiles;
import org.memdsl.ui.internal.MemDslUiPlugin;

/** F3: opens the declaration of the name at the cursor, in this file or another. */
public class OpenDeclarationHandler extends AbstractHandler {

    @Override
    public Object execute(ExecutionEvent event) {
        SpecEditor spec = SpecEditor.of(event).orElse(null);
        if (spec == null) {
            return null;
        }
        try {
            SpecWorkspace workspace = WorkspaceSpecs.open(spec.document());
            MemDslUiPlugin.get().injector().getInstance(MemDslNavigation.class)
                    .declaration(workspace, DocumentFiles.uri(spec.document()), spec.offset())
                    .ifPresentOrElse(place -> Places.reveal(HandlerUtil.getActiveWorkbenchWindow(event).getActivePage(),
                            place), () -> spec.status("No declaration at the cursor"));
        } catch (Exception e) {
            MemDslUiPlugin.log().error("memdsl open declaration failed", e);
            spec.status("Open Declaration failed: " + e.getMessage());
        }
        return null;
    }
}
