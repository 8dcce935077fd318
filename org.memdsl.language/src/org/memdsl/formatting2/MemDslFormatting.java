package org.memdsl.formatting2;

import java.io.IOException;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.common.util.URI;
import org.eclipse.xtext.formatting2.FormatterPreferenceKeys;
import org.eclipse.xtext.formatting2.FormatterRequest;
import org.eclipse.xtext.formatting2.IFormatter2;
import org.eclipse.xtext.formatting2.regionaccess.ITextRegionAccess;
import org.eclipse.xtext.formatting2.regionaccess.ITextReplacement;
import org.eclipse.xtext.formatting2.regionaccess.TextRegionAccessBuilder;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.preferences.MapBasedPreferenceValues;
import org.eclipse.xtext.resource.XtextResource;
import org.memdsl.resource.TextResources;

import com.google.inject.Inject;
import com.google.inject.Provider;

/**
 * A whole {@code .mem} text formatted by {@link MemDslFormatter}, indented with four spaces: what
 * {@code memdsl format} and the workbench's Format (Ctrl+Shift+F) do. A text with syntax errors is
 * refused rather than rearranged.
 */
public class MemDslFormatting {

    public static final String INDENTATION = "    ";

    @Inject
    private TextResources texts;

    @Inject
    private Provider<IFormatter2> formatters;

    @Inject
    private Provider<FormatterRequest> requests;

    @Inject
    private Provider<TextRegionAccessBuilder> regionAccess;

    /**
     * @throws IllegalArgumentException naming the line of the first syntax error
     */
    public String format(String text, URI uri) throws IOException {
        XtextResource resource = texts.load(text, uri);
        for (INode error : resource.getParseResult().getSyntaxErrors()) {
            throw new IllegalArgumentException("line " + error.getStartLine() + ": " + error.getSyntaxErrorMessage()
                    .getMessage() + " (a file with syntax errors is not formatted)");
        }
        ITextRegionAccess access = regionAccess.get().forNodeModel(resource).create();
        FormatterRequest request = requests.get().setTextRegionAccess(access)
                .setPreferences(new MapBasedPreferenceValues(Map.of(FormatterPreferenceKeys.indentation.getId(),
                        INDENTATION)))
                .setExceptionHandler(e -> {
                    throw new IllegalStateException("the formatter's rules conflict: " + e.getMessage(), e);
                });
        List<ITextReplacement> replacements = formatters.get().format(request);
        return access.getRewriter().renderToString(replacements);
    }
}
