package org.memdsl.ui.navigation;

import java.util.Optional;

import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.ITextSelection;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.handlers.HandlerUtil;
import org.eclipse.ui.texteditor.ITextEditor;
import org.memdsl.ui.editor.DocumentFiles;

/** The active {@code .mem} editor of a command, its document and the cursor's offset. */
public record SpecEditor(ITextEditor editor, IDocument document, int offset, int length) {

    public static Optional<SpecEditor> of(ExecutionEvent event) {
        return of(HandlerUtil.getActiveEditor(event));
    }

    public static Optional<SpecEditor> of(IEditorPart part) {
        if (!(part instanceof ITextEditor editor)) {
            return Optional.empty();
        }
        IDocument document = editor.getDocumentProvider().getDocument(editor.getEditorInput());
        if (document == null || !DocumentFiles.uri(document).toString().endsWith(".mem")
                && !editor.getEditorInput().getName().endsWith(".mem")) {
            return Optional.empty();
        }
        ITextSelection selection = (ITextSelection) editor.getSelectionProvider().getSelection();
        return Optional.of(new SpecEditor(editor, document, selection.getOffset(), selection.getLength()));
    }

    /** Shows {@code message} in the editor's status line (where Eclipse reports "nothing found"). */
    public void status(String message) {
        editor.getEditorSite().getActionBars().getStatusLineManager().setMessage(message);
    }
}
