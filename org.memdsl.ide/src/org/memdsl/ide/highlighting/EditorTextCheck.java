package org.memdsl.ide.highlighting;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.xtext.ide.editor.syntaxcoloring.ISemanticHighlightingCalculator;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.util.CancelIndicator;
import org.eclipse.xtext.validation.CheckMode;
import org.eclipse.xtext.validation.IResourceValidator;
import org.eclipse.xtext.validation.Issue;
import org.memdsl.resource.TextResources;

import com.google.inject.Inject;

/**
 * What an editor runs after each change: the text parsed as if it were the file at {@code uri} (so
 * imports resolve; the file on disk is not read), its issues and, from the same parse, its semantic
 * highlighting. The workbench's editor and builder use it, and {@code memdsl bench-check} times it.
 */
public class EditorTextCheck {

    @Inject
    private TextResources texts;

    @Inject
    private IResourceValidator validator;

    @Inject
    private ISemanticHighlightingCalculator highlighting;

    /** The issues of the text and its highlighted stretches, in text order. */
    public Checked check(String text, URI uri, CancelIndicator cancel) throws IOException {
        XtextResource resource = texts.load(text, uri);
        EcoreUtil.resolveAll(resource);
        List<Issue> issues = validator.validate(resource, CheckMode.ALL, cancel);
        TreeMap<Integer, Object[]> stretches = new TreeMap<>();
        highlighting.provideHighlightingFor(resource, (offset, length, ids) -> stretches.put(offset,
                new Object[] { length, ids[0] }), cancel);
        int n = stretches.size();
        int[] offsets = new int[n];
        int[] lengths = new int[n];
        String[] styles = new String[n];
        int i = 0;
        for (Map.Entry<Integer, Object[]> e : stretches.entrySet()) {
            offsets[i] = e.getKey();
            lengths[i] = (Integer) e.getValue()[0];
            styles[i] = (String) e.getValue()[1];
            i++;
        }
        return new Checked(issues, offsets, lengths, styles);
    }

    /** One check's result: the issues and the highlighted stretches (offset, length, style id). */
    public record Checked(List<Issue> issues, int[] offsets, int[] lengths, String[] styles) {
    }
}
