package org.memdsl.ide.hover;

import java.io.IOException;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.xtext.Assignment;
import org.eclipse.xtext.CrossReference;
import org.eclipse.xtext.EcoreUtil2;
import org.eclipse.xtext.GrammarUtil;
import org.eclipse.xtext.nodemodel.ICompositeNode;
import org.eclipse.xtext.nodemodel.ILeafNode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.eclipse.xtext.resource.XtextResource;
import org.memdsl.compiler.BlockKinds;
import org.memdsl.compiler.KindReference;
import org.memdsl.compiler.Quantities;
import org.memdsl.memDsl.Device;
import org.memdsl.memDsl.Element;
import org.memdsl.memDsl.ParameterAssignment;
import org.memdsl.memDsl.Protocol;
import org.memdsl.memDsl.ProtocolParameter;
import org.memdsl.memDsl.Quantity;
import org.memdsl.memDsl.Stimulus;
import org.memdsl.reference.KindText;
import org.memdsl.resource.TextResources;
import org.memdsl.runtime.catalog.Kind;
import org.memdsl.runtime.catalog.Parameter;
import org.memdsl.units.UnitException;

import com.google.inject.Inject;

/**
 * What hovering a place of a {@code .mem} file shows, as Markdown: a family, kind, measurement or
 * operation name gives the kind's description and parameters; a parameter name gives what it
 * takes, its range, default and source; a value gives the same and its SI value; a reference gives
 * what it refers to. The one source of hover text for the workbench and the language server.
 */
public class MemDslHovers {

    @Inject
    private TextResources texts;

    /** The hover of {@code text} (located at {@code uri}, so imports resolve) at {@code offset}. */
    public Optional<String> hover(String text, URI uri, int offset) throws IOException {
        XtextResource resource = texts.load(text, uri);
        return hover(resource, offset);
    }

    public Optional<String> hover(XtextResource resource, int offset) {
        if (resource.getParseResult() == null) {
            return Optional.empty();
        }
        ICompositeNode root = resource.getParseResult().getRootNode();
        ILeafNode leaf = NodeModelUtils.findLeafNodeAtOffset(root, offset);
        if (leaf == null || leaf.isHidden()) {
            return Optional.empty();
        }
        EObject element = NodeModelUtils.findActualSemanticObjectFor(leaf);
        if (element == null) {
            return Optional.empty();
        }
        Quantity quantity = EcoreUtil2.getContainerOfType(element, Quantity.class);
        ParameterAssignment owner = EcoreUtil2.getContainerOfType(element, ParameterAssignment.class);
        if (quantity != null && owner != null) {
            return BlockKinds.parameter(owner).map(p -> valueText(quantity, p) + "\n\n" + parameterText(p));
        }
        Assignment assignment = GrammarUtil.containingAssignment(leaf.getGrammarElement());
        if (assignment == null) {
            return Optional.empty();
        }
        EStructuralFeature feature = element.eClass().getEStructuralFeature(assignment.getFeature());
        if (assignment.getTerminal() instanceof CrossReference && feature != null) {
            Object target = element.eGet(feature);
            return target instanceof EObject referenced && !referenced.eIsProxy() ? referenceText(referenced)
                    : Optional.empty();
        }
        Optional<KindReference> kindReference = KindReference.of(element);
        if (kindReference.isPresent() && kindReference.get().feature().equals(feature)) {
            return kindReference.get().resolve(element).map(kind -> kindText(kind, kindReference.get()));
        }
        if (element instanceof ParameterAssignment a && "name".equals(assignment.getFeature())) {
            return BlockKinds.parameter(a).map(MemDslHovers::parameterText);
        }
        return Optional.empty();
    }

    static String kindText(Kind kind, KindReference reference) {
        String parameters = kind.parameters().stream()
                .map(p -> "- `" + p.name() + "`: " + p.description() + " (" + KindText.takes(p) + ")")
                .collect(Collectors.joining("\n"));
        String source = kind.source() == null || kind.source().isBlank() ? "" : "\n\nSource: " + kind.source();
        return "**" + kind.name() + "** (" + reference.catalogue().noun() + ")\n\n" + kind.description()
                + (parameters.isEmpty() ? "" : "\n\n" + parameters) + source;
    }

    static String parameterText(Parameter p) {
        String range = p.isFile() || p.isChoice() ? "" : "\n\nRange: " + p.range();
        String source = p.source() == null || p.source().isBlank() ? "" : "\n\nSource: " + p.source();
        return "**" + p.name() + "**: " + p.description() + "\n\nTakes " + KindText.takes(p) + range + source;
    }

    private static String valueText(Quantity quantity, Parameter p) {
        try {
            double si = Quantities.toSi(quantity, p.dimension());
            return "= **" + KindText.quantity(si, p.dimension()) + "** in SI";
        } catch (UnitException e) {
            return e.getMessage();
        }
    }

    private static Optional<String> referenceText(EObject referenced) {
        if (referenced instanceof Device d) {
            return Optional.of("device **" + d.getName() + "** : " + d.getFamily());
        }
        if (referenced instanceof Stimulus s) {
            Protocol protocol = EcoreUtil2.getContainerOfType(s, Protocol.class);
            return Optional.of("stimulus **" + s.getName() + "** : " + s.getKind()
                    + (protocol == null ? "" : " (in protocol " + protocol.getName() + ")"));
        }
        if (referenced instanceof ProtocolParameter p) {
            Protocol protocol = (Protocol) p.eContainer();
            ICompositeNode node = NodeModelUtils.getNode(p.getValue());
            return Optional.of("parameter **" + p.getName() + "** of protocol " + protocol.getName() + ", default "
                    + (node == null ? "?" : NodeModelUtils.getTokenText(node)));
        }
        if (referenced instanceof Element e) {
            String keyword = e.eClass().getName().toLowerCase(Locale.ROOT);
            return Optional.of(keyword + " **" + e.getName() + "**");
        }
        return Optional.empty();
    }
}
