package org.memdsl.run;

import java.nio.file.Path;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.nodemodel.ICompositeNode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.eclipse.xtext.util.LineAndColumn;
import org.memdsl.library.Libraries;

/** Line and column (1-based) of a syntax-tree element, for messages that point into the file. */
final class SourceLocations {

    private SourceLocations() {
    }

    /**
     * An error at {@code element}, in the file that holds it ({@code file} names the spec, used
     * when the element has no file of its own).
     */
    static SpecIssue error(String file, EObject element, String message) {
        return issue(file, element, SpecIssue.Severity.ERROR, message);
    }

    /** {@link #error} as a warning. */
    static SpecIssue warning(String file, EObject element, String message) {
        return issue(file, element, SpecIssue.Severity.WARNING, message);
    }

    private static SpecIssue issue(String file, EObject element, SpecIssue.Severity severity, String message) {
        file = fileOf(element, file);
        ICompositeNode node = element == null ? null : NodeModelUtils.getNode(element);
        if (node == null) {
            return new SpecIssue(file, 1, 1, severity, message);
        }
        LineAndColumn at = NodeModelUtils.getLineAndColumn(node, node.getOffset());
        return new SpecIssue(file, at.getLine(), at.getColumn(), severity, message);
    }

    /** The file an element is written in: a path, a shipped library as {@code library:NAME}, else {@code fallback}. */
    static String fileOf(EObject element, String fallback) {
        URI uri = element == null || element.eResource() == null ? null : element.eResource().getURI();
        if (uri == null) {
            return fallback;
        }
        if (uri.isFile()) {
            return uri.toFileString();
        }
        return Libraries.isLibrary(uri) ? "library:" + uri.trimFileExtension().lastSegment() : fallback;
    }

    static String fileOf(EObject element, Path fallback) {
        return fileOf(element, fallback.toString());
    }
}
