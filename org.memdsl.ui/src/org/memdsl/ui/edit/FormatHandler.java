package org.memdsl.ui.edit;

import java.io.IOException;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.text.BadLocationException;
import org.eclipse.jface.text.IDocument;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.handlers.HandlerUtil;
import org.eclipse.ui.texteditor.ITextEditor;
import org.memdsl.formatting2.MemDslFormatting;
import org.memdsl.ui.editor.DocumentFiles;
import org.memdsl.ui.internal.MemDslUiPlugin;

/** "Format" (Ctrl+Shift+F): lays out the active {@code .mem} editor's text, as {@code memdsl format} does. */
public class FormatHandler extends AbstractHandler {

    @Override
    public Object execute(ExecutionEvent event) {
        IEditorPart part = HandlerUtil.getActiveEditor(event);
        if (!(part instanceof ITextEditor editor)) {
            return null;
        }
        IDocument document = editor.getDocumentProvider().getDocument(editor.getEditorInput());
        try {
            String text = document.get();
            String formatted = MemDslUiPlugin.get().injector().getInstance(MemDslFormatting.class).format(text,
                    DocumentFiles.uri(document));
            if (!formatted.equals(text)) {
                document.replace(0, document.getLength(), formatted);
            }
        } catch (IllegalArgumentException e) {
            MessageDialog.openInformation(HandlerUtil.getActiveShell(event), "Format", "Not formatted: "
                    + e.getMessage());
        } catch (IOException | BadLocationException e) {
            MemDslUiPlugin.log().error("memdsl format failed", e);
        }
        return null;
    }
}
