package org.memdsl.ui.editor;

import org.eclipse.jface.text.source.DefaultCharacterPairMatcher;

/** Matching brackets of a {@code .mem} file: blocks, lists, argument lists. */
public class MemBracketMatcher extends DefaultCharacterPairMatcher {

    public MemBracketMatcher() {
        super(new char[] { '{', '}', '[', ']', '(', ')' });
    }
}
