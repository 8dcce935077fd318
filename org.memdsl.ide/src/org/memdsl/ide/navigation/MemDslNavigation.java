package org.memdsl.ide.navigation;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.lsp4j.DocumentSymbol;
import org.eclipse.lsp4j.Location;
import org.eclipse.lsp4j.Range;
import org.eclipse.xtext.EcoreUtil2;
import org.eclipse.xtext.GrammarUtil;
import org.eclipse.xtext.IGrammarAccess;
import org.eclipse.xtext.ide.server.symbol.DocumentSymbolService;
import org.eclipse.xtext.resource.EObjectAtOffsetHelper;
import org.eclipse.xtext.resource.ILocationInFileProvider;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.util.CancelIndicator;
import org.eclipse.xtext.util.ITextRegion;
import org.eclipse.xtext.util.SimpleAttributeResolver;
import org.memdsl.memDsl.Element;
import org.memdsl.memDsl.ParameterAssignment;
import org.memdsl.memDsl.ProtocolParameter;
import org.memdsl.memDsl.ProtocolUse;

import com.google.inject.Inject;

/**
 * Outline, go to declaration, find references and rename of {@code .mem} files, through the same
 * Xtext services the language server answers with ({@link DocumentSymbolService},
 * {@link MemDslDocumentSymbols}), so the workbench and other editors agree.
 */
public class MemDslNavigation {

    private static final Pattern IDENTIFIER = Pattern.compile("\\^?[A-Za-z_][A-Za-z_0-9]*");

    @Inject
    private DocumentSymbolService symbolService;

    @Inject
    private MemDslDocumentSymbols documentSymbols;

    @Inject
    private EObjectAtOffsetHelper elementAtOffset;

    @Inject
    private ILocationInFileProvider locations;

    @Inject
    private IGrammarAccess grammar;

    /** The declarations of a parsed file, nested as they are written. */
    public List<SpecSymbol> symbols(XtextResource resource) {
        LineOffsets text = lines(resource);
        return documentSymbols.getSymbols(resource, CancelIndicator.NullImpl).stream()
                .map(s -> symbol(s, text)).toList();
    }

    /** Where the name at {@code offset} of {@code uri} is declared (a declaration's own name gives itself). */
    public Optional<Place> declaration(SpecWorkspace workspace, URI uri, int offset) {
        XtextResource resource = workspace.resource(uri);
        return symbolService.getDefinitions(resource, offset, workspace.access(), CancelIndicator.NullImpl).stream()
                .findFirst().map(l -> place(workspace, l));
    }

    /** Every use of the declaration named at {@code offset} (on its declaration or on a use), over the workspace. */
    public List<Place> references(SpecWorkspace workspace, URI uri, int offset) {
        XtextResource resource = workspace.resource(uri);
        List<Place> places = new ArrayList<>();
        for (Location l : symbolService.getReferences(resource, offset, workspace.access(), workspace.index(),
                CancelIndicator.NullImpl)) {
            places.add(place(workspace, l));
        }
        places.sort(Comparator.comparing((Place p) -> p.uri().toString()).thenComparingInt(Place::offset));
        return places;
    }

    /**
     * The edits that rename the declaration named at {@code offset} to {@code newName}: its name and
     * every use in the workspace, and for a protocol parameter the arguments that set it. Refused
     * (with the reason) for a name that is not an identifier or a keyword, or a place that names no
     * declaration.
     */
    public Rename rename(SpecWorkspace workspace, URI uri, int offset, String newName) {
        if (!IDENTIFIER.matcher(newName).matches() || keywords().contains(newName)) {
            throw new IllegalArgumentException("'" + newName + "' is not a name: use letters, digits and _,"
                    + " starting with a letter, and no keyword");
        }
        EObject target = renameTarget(workspace, uri, offset);
        URI declaredIn = target.eResource().getURI();
        if (EcoreUtil2.eAllOfType(target.eResource().getContents().get(0), EObject.class).stream()
                .anyMatch(o -> o != target && o.eClass() == target.eClass()
                        && newName.equals(SimpleAttributeResolver.NAME_RESOLVER.apply(o)))) {
            throw new IllegalArgumentException("'" + newName + "' is already declared in " + declaredIn.lastSegment());
        }
        ITextRegion name = locations.getSignificantTextRegion(target);
        Map<URI, List<Place>> edits = new LinkedHashMap<>();
        Place declaration = new Place(declaredIn, name.getOffset(), name.getLength(),
                lines(workspace.resource(declaredIn)).line(name.getOffset()));
        edits.computeIfAbsent(declaredIn, u -> new ArrayList<>()).add(declaration);
        for (Place use : references(workspace, declaredIn, name.getOffset())) {
            edits.computeIfAbsent(use.uri(), u -> new ArrayList<>()).add(use);
        }
        if (target instanceof ProtocolParameter parameter) {
            arguments(workspace, parameter).forEach(p -> edits.computeIfAbsent(p.uri(), u -> new ArrayList<>()).add(p));
        }
        edits.values().forEach(l -> l.sort(Comparator.comparingInt(Place::offset)));
        return new Rename(oldName(workspace, declaration), newName, edits);
    }

    /** The current name of the declaration a rename at {@code offset} would change; refused as {@link #rename} is. */
    public String renameable(SpecWorkspace workspace, URI uri, int offset) {
        return SimpleAttributeResolver.NAME_RESOLVER.apply(renameTarget(workspace, uri, offset));
    }

    private EObject renameTarget(SpecWorkspace workspace, URI uri, int offset) {
        XtextResource resource = workspace.resource(uri);
        EObject target = elementAtOffset.resolveElementAt(resource, offset);
        if (!(target instanceof Element) && !(target instanceof ProtocolParameter)) {
            throw new IllegalArgumentException("No declaration to rename here: place the cursor on the name of a "
                    + "device, stimulus, experiment, protocol, protocol parameter, array, pattern, network or figure");
        }
        URI declaredIn = target.eResource().getURI();
        if (!workspace.files().contains(declaredIn)) {
            throw new IllegalArgumentException("This name is declared in " + declaredIn.lastSegment()
                    + ", which is not a file of the workspace; it cannot be renamed here");
        }
        return target;
    }

    /** The {@code name = value} arguments of every use of the parameter's protocol that set it. */
    private List<Place> arguments(SpecWorkspace workspace, ProtocolParameter parameter) {
        List<Place> places = new ArrayList<>();
        for (URI file : workspace.files()) {
            XtextResource resource = workspace.resource(file);
            LineOffsets text = lines(resource);
            for (ProtocolUse use : EcoreUtil2.eAllOfType(resource.getContents().get(0), ProtocolUse.class)) {
                if (use.getProtocol() != parameter.eContainer()) {
                    continue;
                }
                for (ParameterAssignment argument : use.getArguments()) {
                    if (parameter.getName().equals(argument.getName())) {
                        ITextRegion region = locations.getSignificantTextRegion(argument);
                        places.add(new Place(file, region.getOffset(), argument.getName().length(),
                                text.line(region.getOffset())));
                    }
                }
            }
        }
        return places;
    }

    private String oldName(SpecWorkspace workspace, Place place) {
        String text = text(workspace.resource(place.uri()));
        return text.substring(place.offset(), place.offset() + place.length());
    }

    private Set<String> keywords() {
        return GrammarUtil.getAllKeywords(grammar.getGrammar());
    }

    private static Place place(SpecWorkspace workspace, Location location) {
        URI uri = workspace.canonical(URI.createURI(location.getUri()));
        LineOffsets text = lines(workspace.resource(uri));
        Range range = location.getRange();
        int start = text.offset(range.getStart());
        int end = text.offset(range.getEnd());
        return new Place(uri, start, end - start, range.getStart().getLine() + 1);
    }

    private static SpecSymbol symbol(DocumentSymbol symbol, LineOffsets text) {
        String detail = symbol.getDetail() == null ? "" : symbol.getDetail();
        int space = detail.indexOf(' ');
        String kind = space < 0 ? detail : detail.substring(0, space);
        String rest = space < 0 ? "" : detail.substring(space + 1);
        int start = text.offset(symbol.getRange().getStart());
        int end = text.offset(symbol.getRange().getEnd());
        int nameStart = text.offset(symbol.getSelectionRange().getStart());
        int nameEnd = text.offset(symbol.getSelectionRange().getEnd());
        List<SpecSymbol> children = symbol.getChildren() == null ? List.of()
                : symbol.getChildren().stream().map(c -> symbol(c, text)).toList();
        return new SpecSymbol(symbol.getName(), kind, rest, start, end - start, nameStart, nameEnd - nameStart,
                children);
    }

    private static String text(XtextResource resource) {
        return resource.getParseResult() == null ? "" : resource.getParseResult().getRootNode().getText();
    }

    private static LineOffsets lines(XtextResource resource) {
        return new LineOffsets(text(resource));
    }

    /** The text edits of a rename: the stretches to replace, per file, each the old name. */
    public record Rename(String oldName, String newName, Map<URI, List<Place>> edits) {

        public int count() {
            return edits.values().stream().mapToInt(List::size).sum();
        }
    }
}
