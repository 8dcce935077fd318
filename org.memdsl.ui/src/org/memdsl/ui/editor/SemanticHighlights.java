package org.memdsl.ui.editor;

import java.util.Arrays;
import java.util.Collections;
import java.util.Map;
import java.util.WeakHashMap;

import org.eclipse.jface.text.BadLocationException;
import org.eclipse.jface.text.IDocument;

/**
 * The semantic styles of a document from its last check (families and kinds, units, declared
 * names, references), kept per document for the token scanner. A stretch is used only while the
 * document still has the same text there, so a style never lands on the wrong characters between
 * an edit and the next check.
 */
public final class SemanticHighlights {

    private static final Map<IDocument, SemanticHighlights> BY_DOCUMENT = Collections.synchronizedMap(
            new WeakHashMap<>());

    private final int[] offsets;
    private final int[] lengths;
    private final String[] styles;
    private final String[] texts;

    SemanticHighlights(int[] offsets, int[] lengths, String[] styles, String[] texts) {
        this.offsets = offsets;
        this.lengths = lengths;
        this.styles = styles;
        this.texts = texts;
    }

    /** Stores the styles of {@code document}; true if they differ from those stored before. */
    static boolean put(IDocument document, SemanticHighlights highlights) {
        SemanticHighlights old = BY_DOCUMENT.put(document, highlights);
        return old == null || !Arrays.equals(old.offsets, highlights.offsets)
                || !Arrays.equals(old.styles, highlights.styles) || !Arrays.equals(old.texts, highlights.texts);
    }

    static SemanticHighlights of(IDocument document) {
        return document == null ? null : BY_DOCUMENT.get(document);
    }

    /** The index of the stretch starting at {@code offset} whose text is still there, or -1. */
    int at(IDocument document, int offset) {
        int i = Arrays.binarySearch(offsets, offset);
        if (i < 0) {
            return -1;
        }
        try {
            return offset + lengths[i] <= document.getLength() && document.get(offset, lengths[i]).equals(texts[i])
                    ? i : -1;
        } catch (BadLocationException e) {
            return -1;
        }
    }

    int length(int index) {
        return lengths[index];
    }

    String style(int index) {
        return styles[index];
    }

    /** The style of the stretch at {@code offset}, or null; for tests. */
    public static String styleAt(IDocument document, int offset) {
        SemanticHighlights h = of(document);
        if (h == null) {
            return null;
        }
        int i = h.at(document, offset);
        return i < 0 ? null : h.styles[i];
    }
}
