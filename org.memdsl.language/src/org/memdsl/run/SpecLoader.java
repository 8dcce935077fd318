package org.memdsl.run;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.eclipse.xtext.util.CancelIndicator;
import org.eclipse.xtext.validation.CheckMode;
import org.eclipse.xtext.validation.IResourceValidator;
import org.eclipse.xtext.validation.Issue;
import org.memdsl.memDsl.Model;

import com.google.inject.Inject;
import com.google.inject.Provider;

/** Loads a {@code .mem} file with its imports and validates all of them. */
public class SpecLoader {

    @Inject
    private Provider<XtextResourceSet> resourceSets;

    @Inject
    private IResourceValidator validator;

    /** @throws NoSuchFileException when the file does not exist */
    public LoadedSpec load(Path file) throws IOException {
        Path absolute = file.toAbsolutePath().normalize();
        if (!Files.isRegularFile(absolute)) {
            throw new NoSuchFileException(file.toString(), null, "no such .mem file");
        }
        XtextResourceSet set = resourceSets.get();
        Resource main = set.getResource(URI.createFileURI(absolute.toString()), true);
        loadImports(set);
        EcoreUtil.resolveAll(set);

        List<Resource> resources = new ArrayList<>(set.getResources());
        resources.sort(Comparator.comparing((Resource r) -> r != main).thenComparing(r -> r.getURI().toString()));
        List<Path> files = new ArrayList<>();
        List<SpecIssue> issues = new ArrayList<>();
        for (Resource resource : resources) {
            if (!resource.getURI().isFile()) {
                continue; // a shipped library (import standard): checked by the library tests, versioned with memdsl
            }
            Path path = Path.of(resource.getURI().toFileString());
            files.add(path);
            if (!Files.isRegularFile(path)) {
                continue;
            }
            for (Issue issue : validator.validate(resource, CheckMode.ALL, CancelIndicator.NullImpl)) {
                issues.add(toSpecIssue(path, issue));
            }
        }
        issues.addAll(missingImports(main, absolute));
        issues.sort(Comparator.comparing(SpecIssue::file).thenComparingInt(SpecIssue::line)
                .thenComparingInt(SpecIssue::column));
        Model model = main.getContents().isEmpty() ? null : (Model) main.getContents().get(0);
        return new LoadedSpec(absolute, model, files, issues);
    }

    /**
     * Loads every file imported, directly or not, even one no name of the spec refers to (Xtext would
     * load it only on demand): all of them are checked, hashed into the provenance and bundled.
     */
    private static void loadImports(XtextResourceSet set) {
        for (int i = 0; i < set.getResources().size(); i++) {
            Resource resource = set.getResources().get(i);
            if (resource.getContents().isEmpty() || !(resource.getContents().get(0) instanceof Model model)) {
                continue;
            }
            for (var imp : model.getImports()) {
                if (imp.getImportURI() == null || !resource.getURI().isFile()) {
                    continue;
                }
                Path target = Path.of(resource.getURI().toFileString()).resolveSibling(imp.getImportURI()).normalize();
                if (Files.isRegularFile(target)) {
                    set.getResource(URI.createFileURI(target.toString()), true);
                }
            }
        }
    }

    private static List<SpecIssue> missingImports(Resource main, Path mainPath) {
        List<SpecIssue> out = new ArrayList<>();
        if (main.getContents().isEmpty()) {
            return out;
        }
        Model model = (Model) main.getContents().get(0);
        for (var imp : model.getImports()) {
            if (imp.getImportURI() == null) {
                continue;
            }
            Path target = mainPath.resolveSibling(imp.getImportURI()).normalize();
            if (!Files.isRegularFile(target)) {
                out.add(SourceLocations.error(mainPath.toString(), imp,
                        "imported file '" + imp.getImportURI() + "' does not exist"));
            }
        }
        return out;
    }

    private static SpecIssue toSpecIssue(Path file, Issue issue) {
        SpecIssue.Severity severity = switch (issue.getSeverity()) {
            case ERROR -> SpecIssue.Severity.ERROR;
            case WARNING -> SpecIssue.Severity.WARNING;
            default -> SpecIssue.Severity.INFO;
        };
        int line = issue.getLineNumber() == null ? 1 : issue.getLineNumber();
        int column = issue.getColumn() == null ? 1 : issue.getColumn();
        return new SpecIssue(file.toString(), line, column, severity, issue.getMessage());
    }
}
