package org.memdsl.ui.editor;

import org.eclipse.jface.text.BadLocationException;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.IRegion;
import org.eclipse.jface.text.ITextHover;
import org.eclipse.jface.text.ITextViewer;
import org.eclipse.jface.text.Region;
import org.memdsl.ide.hover.MemDslHovers;
import org.memdsl.ui.internal.MemDslUiPlugin;

/**
 * Hover of the Generic Editor from the language's hover text ({@link MemDslHovers}, also the
 * language server's): kinds, parameters with unit, range, default and source, values in SI,
 * references. The Markdown emphasis is dropped for the plain-text hover.
 */
public class MemTextHover implements ITextHover {

    @Override
    public String getHoverInfo(ITextViewer viewer, IRegion region) {
        IDocument document = viewer.getDocument();
        try {
            return MemDslUiPlugin.get().injector().getInstance(MemDslHovers.class)
                    .hover(document.get(), DocumentFiles.uri(document), region.getOffset())
                    .map(text -> text.replace("**", "").replace("`", "")).orElse(null);
        } catch (Exception e) {
            MemDslUiPlugin.log().error("memdsl hover failed", e);
            return null;
        }
    }

    /** The word (name, number or unit) under the mouse. */
    @Override
    public IRegion getHoverRegion(ITextViewer viewer, int offset) {
        IDocument document = viewer.getDocument();
        try {
            int start = offset;
            while (start > 0 && isWordPart(document.getChar(start - 1))) {
                start--;
            }
            int end = offset;
            while (end < document.getLength() && isWordPart(document.getChar(end))) {
                end++;
            }
            return new Region(start, Math.max(0, end - start));
        } catch (BadLocationException e) {
            return new Region(offset, 0);
        }
    }

    private static boolean isWordPart(char c) {
        return Character.isLetterOrDigit(c) || c == '_' || c == '.' || c == '²' || c == '³';
    }
}
