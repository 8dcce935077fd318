package org.memdsl.formatting2;

import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.formatting2.AbstractFormatter2;
import org.eclipse.xtext.formatting2.IFormattableDocument;
import org.eclipse.xtext.formatting2.regionaccess.IEObjectRegion;
import org.eclipse.xtext.formatting2.regionaccess.ISemanticRegion;
import org.eclipse.xtext.formatting2.regionaccess.ISemanticRegionsFinder;
import org.eclipse.xtext.resource.XtextResource;
import org.memdsl.memDsl.ArrayStep;
import org.memdsl.memDsl.CharacterisedDevice;
import org.memdsl.memDsl.Expectation;
import org.memdsl.memDsl.Measurement;
import org.memdsl.memDsl.Model;
import org.memdsl.memDsl.ParameterAssignment;
import org.memdsl.memDsl.QuantityList;
import org.memdsl.memDsl.Report;
import org.memdsl.memDsl.Stimulus;

/**
 * Layout of a {@code .mem} file: declarations one after another with at most one blank line
 * between them; a block written on several lines gets its content indented by one level and its
 * closing brace on a line of its own, a block written on one line stays on one line with single
 * spaces; one space around {@code =}, none before a comma and one after it (or a line break where
 * the author broke a long list). Line breaks the author
 * put between the items of a block are kept (at most one blank line), comments are kept, and
 * formatting a formatted file changes nothing.
 */
public class MemDslFormatter extends AbstractFormatter2 {

    @Override
    public void format(Object object, IFormattableDocument document) {
        if (object instanceof XtextResource resource) {
            _format(resource, document);
        } else if (object instanceof Model model) {
            formatModel(model, document);
        } else if (object instanceof EObject element) {
            formatBlock(element, document);
        }
    }

    private void formatModel(Model model, IFormattableDocument document) {
        List<EObject> children = model.eContents();
        for (int k = 0; k < children.size(); k++) {
            EObject child = children.get(k);
            if (k > 0) {
                document.prepend(child, it -> it.setNewLines(1, 1, 2));
            }
            format(child, document);
        }
        if (!children.isEmpty()) {
            document.append(children.get(children.size() - 1), it -> it.setNewLines(1));
        }
    }

    private void formatBlock(EObject element, IFormattableDocument document) {
        ISemanticRegionsFinder regions = textRegionExtensions.regionFor(element);
        for (ISemanticRegion equals : regions.keywords("=")) {
            document.surround(equals, it -> it.oneSpace());
        }
        for (ISemanticRegion comma : regions.keywords(",")) {
            document.prepend(comma, it -> it.noSpace());
            document.append(comma, it -> {
                it.setNewLines(0, 0, 1); // a long list or argument list may go on over several lines
                it.oneSpace();
            });
        }
        if (element instanceof QuantityList) {
            document.append(regions.keyword("["), it -> it.noSpace());
            document.prepend(regions.keyword("]"), it -> it.noSpace());
        }
        ISemanticRegion open = regions.keyword("{");
        ISemanticRegion close = regions.keyword("}");
        if (open != null && close != null) {
            document.prepend(open, it -> it.oneSpace());
            if (textRegionExtensions.isMultiline(element)) {
                document.interior(open, close, it -> it.indent());
                document.append(open, it -> it.setNewLines(1, 1, 2));
                document.prepend(close, it -> it.newLine());
                for (EObject child : element.eContents()) {
                    if (startsALine(child) && inside(child, open, close)) {
                        document.prepend(child, it -> {
                            it.setNewLines(0, 0, 2);
                            it.oneSpace();
                        });
                    }
                }
            } else {
                document.append(open, it -> it.oneSpace());
                document.prepend(close, it -> it.oneSpace());
                for (EObject child : element.eContents()) {
                    if (startsALine(child) && inside(child, open, close)) {
                        document.prepend(child, it -> it.oneSpace());
                    }
                }
            }
        }
        for (EObject child : element.eContents()) {
            format(child, document);
        }
    }

    /** What an author writes at the start of a line inside a block (not a value or a schedule item). */
    private static boolean startsALine(EObject child) {
        return child instanceof ParameterAssignment || child instanceof Measurement || child instanceof Expectation
                || child instanceof Report || child instanceof Stimulus || child instanceof CharacterisedDevice
                || child instanceof ArrayStep;
    }

    /** Inside the braces, and not the first item (the brace's own formatting places that one). */
    private boolean inside(EObject child, ISemanticRegion open, ISemanticRegion close) {
        IEObjectRegion region = textRegionExtensions.regionForEObject(child);
        return region != null && region.getOffset() > open.getOffset() && region.getEndOffset() <= close.getOffset()
                && region.getPreviousHiddenRegion().getOffset() != open.getNextHiddenRegion().getOffset();
    }
}
