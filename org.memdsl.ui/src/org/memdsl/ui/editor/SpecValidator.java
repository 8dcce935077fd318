package org.memdsl.ui.editor;

import java.io.IOException;
import java.util.List;

import org.eclipse.emf.common.util.URI;
import org.eclipse.xtext.util.CancelIndicator;
import org.eclipse.xtext.validation.Issue;
import org.memdsl.ide.highlighting.EditorTextCheck;

import com.google.inject.Inject;

/**
 * Validates editor text as if it were the file at {@code uri} ({@link EditorTextCheck}) and keeps its
 * semantic highlighting for the editor's presentation.
 */
public class SpecValidator {

    @Inject
    private EditorTextCheck editorCheck;

    public List<Issue> validate(String text, URI uri, CancelIndicator cancel) throws IOException {
        return check(text, uri, cancel).issues();
    }

    /** The issues of the text and, from the same parse, its semantic highlighting. */
    public Checked check(String text, URI uri, CancelIndicator cancel) throws IOException {
        EditorTextCheck.Checked checked = editorCheck.check(text, uri, cancel);
        String[] words = new String[checked.offsets().length];
        for (int i = 0; i < words.length; i++) {
            words[i] = text.substring(checked.offsets()[i], checked.offsets()[i] + checked.lengths()[i]);
        }
        return new Checked(checked.issues(),
                new SemanticHighlights(checked.offsets(), checked.lengths(), checked.styles(), words));
    }

    /** What one check of an editor's text gives. */
    public record Checked(List<Issue> issues, SemanticHighlights highlights) {
    }
}
