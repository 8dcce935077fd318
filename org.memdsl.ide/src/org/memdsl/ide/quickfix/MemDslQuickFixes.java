package org.memdsl.ide.quickfix;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.apache.commons.text.similarity.LevenshteinDistance;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.nodemodel.ICompositeNode;
import org.eclipse.xtext.nodemodel.ILeafNode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.util.CancelIndicator;
import org.eclipse.xtext.validation.CheckMode;
import org.eclipse.xtext.validation.IResourceValidator;
import org.eclipse.xtext.validation.Issue;
import org.memdsl.compiler.BlockKinds;
import org.memdsl.compiler.KindReference;
import org.memdsl.library.Libraries;
import org.memdsl.memDsl.ParameterAssignment;
import org.memdsl.memDsl.ProtocolParameter;
import org.memdsl.memDsl.ProtocolUse;
import org.memdsl.reference.KindText;
import org.memdsl.resource.TextResources;
import org.memdsl.runtime.catalog.Kind;
import org.memdsl.runtime.catalog.Parameter;
import org.memdsl.validation.IssueCodes;

import com.google.inject.Inject;

/**
 * The fixes of a validation issue, as text edits: the nearest known name for an unknown parameter,
 * kind, option, library or protocol parameter; the expected unit for a value in the wrong one; a
 * missing required argument inserted with an example value. One source for the workbench's quick
 * assist and the language server's code actions.
 */
public class MemDslQuickFixes {

    /** Names farther than this many edits from the written one are not offered. */
    private static final int MAX_DISTANCE = 3;
    private static final int MAX_SUGGESTIONS = 3;

    /** One fix: replace {@code length} characters at {@code offset} by {@code text}. */
    public record Fix(String label, int offset, int length, String text) {
    }

    @Inject
    private TextResources texts;

    @Inject
    private IResourceValidator validator;

    /** The fixes of every issue of {@code text} (located at {@code uri}) that covers {@code offset}. */
    public List<Fix> fixesAt(String text, URI uri, int offset) throws IOException {
        XtextResource resource = texts.load(text, uri);
        List<Fix> fixes = new ArrayList<>();
        for (Issue issue : validator.validate(resource, CheckMode.ALL, CancelIndicator.NullImpl)) {
            if (issue.getOffset() != null && issue.getOffset() <= offset
                    && offset <= issue.getOffset() + issue.getLength()) {
                fixes.addAll(fixes(resource, issue));
            }
        }
        return fixes;
    }

    public List<Fix> fixes(XtextResource resource, Issue issue) {
        if (issue.getCode() == null || issue.getOffset() == null || issue.getUriToProblem() == null) {
            return List.of();
        }
        EObject element = resource.getEObject(issue.getUriToProblem().fragment());
        String written = issue.getData() != null && issue.getData().length > 0 ? issue.getData()[0] : null;
        String code = issue.getCode();
        if (code.equals(IssueCodes.UNKNOWN_PARAMETER) && element instanceof ParameterAssignment a) {
            return BlockKinds.of(a.eContainer()).map(kind -> nearest(written, kind.parameters().stream()
                    .map(Parameter::name).toList(), issue)).orElse(List.of());
        }
        if (code.startsWith(IssueCodes.UNKNOWN_KIND)) {
            return KindReference.of(element).map(r -> nearest(written, r.catalogue().names(), issue))
                    .orElse(List.of());
        }
        if (code.equals(IssueCodes.UNKNOWN_OPTION) && element instanceof ParameterAssignment a) {
            return BlockKinds.parameter(a).map(p -> nearest(written, p.options(), issue)).orElse(List.of());
        }
        if (code.equals(IssueCodes.UNKNOWN_LIBRARY)) {
            return nearest(written, Libraries.NAMES, issue);
        }
        if (code.equals(IssueCodes.UNKNOWN_PROTOCOL_PARAMETER) && element instanceof ParameterAssignment a
                && a.eContainer() instanceof ProtocolUse use && use.getProtocol() != null) {
            return nearest(written, use.getProtocol().getParameters().stream().map(ProtocolParameter::getName)
                    .toList(), issue);
        }
        if (code.equals(IssueCodes.WRONG_UNIT) && written != null && !written.isEmpty()) {
            return List.of(new Fix("Change the unit to " + written, issue.getOffset(), issue.getLength(), written));
        }
        if (code.equals(IssueCodes.MISSING_ARGUMENT) && written != null) {
            return missingArgument(element, written).map(List::of).orElse(List.of());
        }
        return List.of();
    }

    /** The known names within a few edits of {@code written}, nearest first, each replacing the issue's text. */
    private static List<Fix> nearest(String written, List<String> known, Issue issue) {
        if (written == null) {
            return List.of();
        }
        LevenshteinDistance distance = new LevenshteinDistance(MAX_DISTANCE);
        List<Fix> fixes = new ArrayList<>();
        known.stream().filter(name -> distance.apply(written, name) >= 0)
                .sorted(Comparator.comparingInt((String name) -> distance.apply(written, name))
                        .thenComparing(Comparator.naturalOrder()))
                .limit(MAX_SUGGESTIONS)
                .forEach(name -> fixes.add(new Fix("Change to '" + name + "'", issue.getOffset(), issue.getLength(),
                        name)));
        return fixes;
    }

    /** {@code name = example} inserted before the closing brace of the block that lacks it. */
    private static Optional<Fix> missingArgument(EObject block, String name) {
        Optional<Kind> kind = BlockKinds.of(block);
        ICompositeNode node = NodeModelUtils.getNode(block);
        if (kind.isEmpty() || node == null) {
            return Optional.empty();
        }
        Optional<Parameter> parameter = kind.get().parameter(name);
        if (parameter.isEmpty()) {
            return Optional.empty();
        }
        ILeafNode close = null;
        for (ILeafNode leaf : node.getLeafNodes()) {
            if ("}".equals(leaf.getText())) {
                close = leaf;
            }
        }
        if (close == null) {
            return Optional.empty();
        }
        String value = example(kind.get(), parameter.get());
        return Optional.of(new Fix("Add '" + name + " = " + value + "'", close.getOffset(), 0,
                name + " = " + value + " "));
    }

    private static String example(Kind kind, Parameter p) {
        double[] example = kind.example().numbers().get(p.name());
        if (p.isChoice()) {
            return p.defaultOption();
        }
        if (p.isFile()) {
            return "\"data.csv\"";
        }
        double value = example != null ? example[0] : p.required() ? Math.max(p.min(), 1.0) : p.defaultValue();
        String one = KindText.quantity(value, p.dimension());
        return p.isList() ? "[" + one + "]" : one;
    }
}
