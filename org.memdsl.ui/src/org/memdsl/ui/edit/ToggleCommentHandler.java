package org.memdsl.ui.edit;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.jface.text.BadLocationException;
import org.eclipse.jface.text.IDocument;
import org.eclipse.text.edits.InsertEdit;
import org.eclipse.text.edits.DeleteEdit;
import org.eclipse.text.edits.MultiTextEdit;
import org.memdsl.ui.internal.MemDslUiPlugin;
import org.memdsl.ui.navigation.SpecEditor;

/**
 * Ctrl+/: comments out the selected lines with {@code // } or, when every non-blank one already
 * starts with {@code //}, removes it; one undoable change.
 */
public class ToggleCommentHandler extends AbstractHandler {

    @Override
    public Object execute(ExecutionEvent event) {
        SpecEditor.of(event).ifPresent(spec -> {
            try {
                toggle(spec.document(), spec.offset(), spec.length());
            } catch (BadLocationException e) {
                MemDslUiPlugin.log().error("memdsl toggle comment failed", e);
            }
        });
        return null;
    }

    /** Toggles the comments of the lines from {@code offset} to {@code offset + length}. */
    public static void toggle(IDocument document, int offset, int length) throws BadLocationException {
        int first = document.getLineOfOffset(offset);
        int last = document.getLineOfOffset(offset + length);
        if (last > first && document.getLineOffset(last) == offset + length) {
            last--; // a selection ending at the start of a line leaves that line alone
        }
        boolean allCommented = true;
        for (int line = first; line <= last; line++) {
            String text = text(document, line);
            if (!text.isBlank() && !text.stripLeading().startsWith("//")) {
                allCommented = false;
            }
        }
        MultiTextEdit edit = new MultiTextEdit();
        for (int line = first; line <= last; line++) {
            String text = text(document, line);
            int start = document.getLineOffset(line);
            if (allCommented) {
                int at = text.indexOf("//");
                if (at >= 0) {
                    int width = text.startsWith("// ", at) ? 3 : 2;
                    edit.addChild(new DeleteEdit(start + at, width));
                }
            } else if (!text.isBlank() || first == last) {
                edit.addChild(new InsertEdit(start, "// "));
            }
        }
        edit.apply(document);
    }

    private static String text(IDocument document, int line) throws BadLocationException {
        return document.get(document.getLineOffset(line), document.getLineLength(line));
    }
}
