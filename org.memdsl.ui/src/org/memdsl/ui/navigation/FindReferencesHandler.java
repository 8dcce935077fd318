package org.memdsl.ui.navigation;

import java.util.List;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.jface.text.BadLocationException;
import org.eclipse.jface.text.IDocument;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.handlers.HandlerUtil;
import org.memdsl.ide.navigation.MemDslNavigation;
import org.memdsl.ide.navigation.Place;
import org.memdsl.ide.navigation.SpecWorkspace;
import org.memdsl.ui.editor.DocumentFiles;
import org.memdsl.ui.internal.MemDslUiPlugin;

/**
 * Ctrl+Shift+G: lists every use of the declaration at the cursor (on its name or on a use) over the
 * workspace's {@code .mem} files, each as {@code file:line: the line's text}; choosing one opens it.
 */
public class FindReferencesHandler extends AbstractHandler {

    /** The last list shown, for tests. */
    static NavigatorPopup lastPopup;

    @Override
    public Object execute(ExecutionEvent event) {
        SpecEditor spec = SpecEditor.of(event).orElse(null);
        if (spec == null) {
            return null;
        }
        try {
            SpecWorkspace workspace = WorkspaceSpecs.open(spec.document());
            List<Place> uses = MemDslUiPlugin.get().injector().getInstance(MemDslNavigation.class)
                    .references(workspace, DocumentFiles.uri(spec.document()), spec.offset());
            if (uses.isEmpty()) {
                spec.status("No references to the name at the cursor");
                return null;
            }
            IWorkbenchPage page = HandlerUtil.getActiveWorkbenchWindow(event).getActivePage();
            List<NavigatorPopup.Item> items = uses.stream().map(p -> new NavigatorPopup.Item(
                    Places.label(p) + ": " + lineText(workspace, p), () -> Places.reveal(page, p), List.of())).toList();
            lastPopup = new NavigatorPopup(HandlerUtil.getActiveShell(event),
                    uses.size() + (uses.size() == 1 ? " reference" : " references"), items);
            lastPopup.open();
        } catch (Exception e) {
            MemDslUiPlugin.log().error("memdsl find references failed", e);
            spec.status("Find References failed: " + e.getMessage());
        }
        return null;
    }

    private static String lineText(SpecWorkspace workspace, Place place) {
        IDocument text = new org.eclipse.jface.text.Document(
                workspace.resource(place.uri()).getParseResult().getRootNode().getText());
        try {
            int line = text.getLineOfOffset(place.offset());
            return text.get(text.getLineOffset(line), text.getLineLength(line)).strip();
        } catch (BadLocationException e) {
            return "";
        }
    }

    public static NavigatorPopup lastPopup() {
        return lastPopup;
    }
}
