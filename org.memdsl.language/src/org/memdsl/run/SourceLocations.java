package org.memdsl.run;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.nodemodel.ICompositeNode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.eclipse.xtext.util.LineAndColumn;

/** Line and column (1-based) of a syntax-tree element, for messages that point into the file. */
final class SourceLocations {

    private SourceLocations() {
    }

    static SpecIssue error(String file, EObject element, String message) {
        ICompositeNode node = element == null ? null : NodeModelUtils.getNode(element);
        if (node == null) {
            return new SpecIssue(file, 1, 1, SpecIssue.Severity.ERROR, message);
        }
        LineAndColumn at = NodeModelUtils.getLineAndColumn(node, node.getOffset());
        return new SpecIssue(file, at.getLine(), at.getColumn(), SpecIssue.Severity.ERROR, message);
    }
}
