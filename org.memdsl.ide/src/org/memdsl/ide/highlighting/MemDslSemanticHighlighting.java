package org.memdsl.ide.highlighting;

import java.util.Set;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.xtext.Assignment;
import org.eclipse.xtext.CrossReference;
import org.eclipse.xtext.GrammarUtil;
import org.eclipse.xtext.RuleCall;
import org.eclipse.xtext.ide.editor.syntaxcoloring.IHighlightedPositionAcceptor;
import org.eclipse.xtext.ide.editor.syntaxcoloring.ISemanticHighlightingCalculator;
import org.eclipse.xtext.nodemodel.ILeafNode;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.util.CancelIndicator;
import org.memdsl.memDsl.Element;
import org.memdsl.memDsl.Measurement;
import org.memdsl.memDsl.MemDslPackage;
import org.memdsl.memDsl.ProtocolParameter;

/**
 * What the grammar alone cannot colour: the names of device families, stimulus, array, pattern,
 * network and measurement kinds and array operations ({@link #KIND}), units ({@link #UNIT}),
 * declared names ({@link #DECLARATION}) and references to them ({@link #REFERENCE}). Positions come
 * from the node model of the parsed file, so a name is coloured by its role, not by its spelling.
 */
public class MemDslSemanticHighlighting implements ISemanticHighlightingCalculator {

    public static final String KIND = "memdsl.kind";
    public static final String UNIT = "memdsl.unit";
    public static final String DECLARATION = "memdsl.declaration";
    public static final String REFERENCE = "memdsl.reference";

    private static final MemDslPackage P = MemDslPackage.eINSTANCE;

    /** The features whose value names a kind of the engine's catalogues. */
    private static final Set<EStructuralFeature> KINDS = Set.of(P.getDevice_Family(), P.getStimulus_Kind(),
            P.getArray_Kind(), P.getPattern_Kind(), P.getNetwork_Kind(), P.getMeasurement_Kind(),
            P.getArrayStep_Operation());

    @Override
    public void provideHighlightingFor(XtextResource resource, IHighlightedPositionAcceptor acceptor,
            CancelIndicator cancel) {
        if (resource == null || resource.getParseResult() == null) {
            return;
        }
        for (INode node : resource.getParseResult().getRootNode().getAsTreeIterable()) {
            if (cancel.isCanceled()) {
                return;
            }
            String style = style(node);
            if (style != null && node.getLength() > 0) {
                acceptor.addPosition(node.getOffset(), node.getLength(), style);
            }
        }
    }

    private static String style(INode node) {
        EObject grammarElement = node.getGrammarElement();
        if (grammarElement instanceof RuleCall call && "Unit".equals(call.getRule().getName())
                && !(node.getParent() != null && node.getParent().getGrammarElement() instanceof RuleCall parent
                        && "UnitFactor".equals(parent.getRule().getName()))) {
            return UNIT;
        }
        if (!(node instanceof ILeafNode leaf) || leaf.isHidden()) {
            return null;
        }
        if (grammarElement instanceof CrossReference) {
            return REFERENCE;
        }
        Assignment assignment = GrammarUtil.containingAssignment(grammarElement);
        if (assignment == null) {
            return null;
        }
        EObject owner = NodeModelUtils.findActualSemanticObjectFor(node);
        if (owner == null) {
            return null;
        }
        EStructuralFeature feature = owner.eClass().getEStructuralFeature(assignment.getFeature());
        if (assignment.getTerminal() instanceof CrossReference) {
            return REFERENCE;
        }
        if (KINDS.contains(feature)) {
            return KIND;
        }
        boolean declares = owner instanceof Element || owner instanceof Measurement
                || owner instanceof ProtocolParameter;
        if (declares && "name".equals(assignment.getFeature())) {
            return DECLARATION;
        }
        return null;
    }
}
