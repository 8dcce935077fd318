package org.memdsl.validation;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.xtext.validation.Check;
import org.memdsl.compiler.ImportTarget;
import org.memdsl.memDsl.Import;
import org.memdsl.memDsl.MemDslPackage;
import org.memdsl.memDsl.Model;

/**
 * Rules on {@code import "…"} of files (in the command line and the workbench alike): the file can
 * be read (inside the project, a regular file, present, not empty, UTF-8 text of sane size; never
 * quoted), and no file imports itself through others.
 */
public class ImportValidator extends MemDslRuleValidator {

    @Check
    public void checkImportReadable(Import imp) {
        Optional<Path> importing = fileOf(imp.eResource());
        if (imp.getImportURI() == null || importing.isEmpty()) {
            return;
        }
        ImportTarget.unreadable(importing.get(), imp.getImportURI()).ifPresent(why -> error(why, imp,
                MemDslPackage.Literals.IMPORT__IMPORT_URI, IssueCodes.UNREADABLE_IMPORT, imp.getImportURI()));
    }

    @Check
    public void checkNoImportCycle(Import imp) {
        Optional<Path> importing = fileOf(imp.eResource());
        if (imp.getImportURI() == null || importing.isEmpty()
                || ImportTarget.unreadable(importing.get(), imp.getImportURI()).isPresent()) {
            return;
        }
        Path target = ImportTarget.of(importing.get(), imp.getImportURI()).file();
        Map<Path, List<Map.Entry<String, Path>>> graph = new LinkedHashMap<>();
        collect(imp.eResource().getResourceSet(), target, graph);
        List<Path> back = ImportCycles.path(graph, target, importing.get());
        if (!back.isEmpty()) {
            error(ImportCycles.describe(importing.get(), back), imp, MemDslPackage.Literals.IMPORT__IMPORT_URI,
                    IssueCodes.IMPORT_CYCLE);
        }
    }

    /** Adds the readable imports of {@code file} and of everything it imports to {@code graph}. */
    private static void collect(ResourceSet set, Path file, Map<Path, List<Map.Entry<String, Path>>> graph) {
        if (set == null || graph.containsKey(file)) {
            return;
        }
        List<Map.Entry<String, Path>> edges = new ArrayList<>();
        graph.put(file, edges);
        Resource resource = set.getResource(URI.createFileURI(file.toString()), true);
        if (resource == null || resource.getContents().isEmpty()
                || !(resource.getContents().get(0) instanceof Model model)) {
            return;
        }
        for (Import imp : model.getImports()) {
            if (imp.getImportURI() != null && ImportTarget.unreadable(file, imp.getImportURI()).isEmpty()) {
                Path next = ImportTarget.of(file, imp.getImportURI()).file();
                edges.add(Map.entry(imp.getImportURI(), next));
                collect(set, next, graph);
            }
        }
    }

    private static Optional<Path> fileOf(Resource resource) {
        return resource == null || !resource.getURI().isFile() ? Optional.empty()
                : Optional.of(Path.of(resource.getURI().toFileString()));
    }
}
