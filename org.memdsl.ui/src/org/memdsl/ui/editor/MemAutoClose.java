package org.memdsl.ui.editor;

import java.util.Map;

import org.eclipse.jface.text.BadLocationException;
import org.eclipse.jface.text.DocumentCommand;
import org.eclipse.jface.text.IAutoEditStrategy;
import org.eclipse.jface.text.IDocument;

/**
 * Typing an opening bracket or a quote inserts its closing partner after the cursor; typing the
 * closing one in front of the inserted partner steps over it.
 */
public class MemAutoClose implements IAutoEditStrategy {

    private static final Map<String, String> PAIRS = Map.of("{", "}", "[", "]", "(", ")", "\"", "\"");

    @Override
    public void customizeDocumentCommand(IDocument document, DocumentCommand command) {
        if (command.length != 0 || command.text == null || command.text.length() != 1) {
            return;
        }
        try {
            char next = command.offset < document.getLength() ? document.getChar(command.offset) : '\0';
            if (PAIRS.containsValue(command.text) && next == command.text.charAt(0)) {
                command.text = "";
                command.caretOffset = command.offset + 1;
                command.shiftsCaret = false;
                return;
            }
            String close = PAIRS.get(command.text);
            if (close != null && (next == '\0' || Character.isWhitespace(next) || PAIRS.containsValue(
                    String.valueOf(next)))) {
                command.text = command.text + close;
                command.caretOffset = command.offset + 1;
                command.shiftsCaret = false;
            }
        } catch (BadLocationException e) {
            // leave the command as typed
        }
    }
}
