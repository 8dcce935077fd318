package org.memdsl.run;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.eclipse.xtext.util.CancelIndicator;
import org.eclipse.xtext.validation.CheckMode;
import org.eclipse.xtext.validation.IResourceValidator;
import org.eclipse.xtext.validation.Issue;
import org.memdsl.compiler.ImportTarget;
import org.memdsl.compiler.SpecText;
import org.memdsl.memDsl.Model;
import org.memdsl.validation.IssueCodes;

import com.google.inject.Inject;
import com.google.inject.Provider;

/** Loads a {@code .mem} file with its imports and validates all of them. */
public class SpecLoader {

    @Inject
    private Provider<XtextResourceSet> resourceSets;

    @Inject
    private IResourceValidator validator;

    /** Xtext's diagnostic for a validator that threw: unlocated, and without the cause. */
    private static final String VALIDATOR_FAILED = "Error executing EValidator";

    /** @throws NoSuchFileException when the file does not exist */
    public LoadedSpec load(Path file) throws IOException {
        Path absolute = file.toAbsolutePath().normalize();
        if (!Files.isRegularFile(absolute)) {
            throw new NoSuchFileException(file.toString(), null, "no such .mem file");
        }
        Optional<String> unreadable = SpecText.refusal(absolute);
        if (unreadable.isPresent()) {
            return new LoadedSpec(absolute, null, List.of(absolute), List.of(new SpecIssue(absolute.toString(), 1, 1,
                    SpecIssue.Severity.ERROR, "the file " + unreadable.get())));
        }
        try (LoggedFailures logged = LoggedFailures.capture()) {
            LoadedSpec spec = loadAndValidate(absolute);
            List<SpecIssue> issues = new ArrayList<>(spec.issues());
            for (Throwable failure : logged.failures()) {
                issues.add(internalError(absolute, failure));
            }
            return issues.size() == spec.issues().size() ? spec
                    : new LoadedSpec(spec.file(), spec.model(), spec.files(), issues);
        } catch (RuntimeException | StackOverflowError e) {
            // last resort: whatever the file does to the parser or a validator, it gets an error, not a stack trace
            return new LoadedSpec(absolute, null, List.of(absolute), List.of(internalError(absolute, e)));
        }
    }

    /**
     * An error of the file for a failure of the checker itself: at the construct when the failure
     * names one (a compile step that refused a value), else at the file's start, naming the failure
     * so that it can be reported.
     */
    private static SpecIssue internalError(Path file, Throwable failure) {
        if (failure instanceof org.memdsl.compiler.CompileException e && e.source() != null
                && e.source().eResource() != null && e.source().eResource().getURI().isFile()) {
            return SourceLocations.error(e.source().eResource().getURI().toFileString(), e.source(), e.getMessage());
        }
        String what = failure instanceof StackOverflowError ? "the text nests too deeply to check"
                : failure.getClass().getSimpleName()
                        + (failure.getMessage() == null ? "" : ": " + failure.getMessage());
        return new SpecIssue(file.toString(), 1, 1, SpecIssue.Severity.ERROR,
                "memdsl could not check this file (" + what + "); the file may be malformed near a quote, a bracket "
                        + "or a number. Please report this with the file");
    }

    private LoadedSpec loadAndValidate(Path absolute) {
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
                if (!VALIDATOR_FAILED.equals(issue.getMessage())) { // reported with its cause as a logged failure
                    issues.add(toSpecIssue(path, issue));
                }
            }
        }
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
                Path importing = Path.of(resource.getURI().toFileString());
                if (ImportTarget.unreadable(importing, imp.getImportURI()).isEmpty()) {
                    Path file = ImportTarget.of(importing, imp.getImportURI()).file();
                    set.getResource(URI.createFileURI(file.toString()), true);
                }
            }
        }
    }

    private static SpecIssue toSpecIssue(Path file, Issue issue) {
        SpecIssue.Severity severity = switch (issue.getSeverity()) {
            case ERROR -> SpecIssue.Severity.ERROR;
            case WARNING -> SpecIssue.Severity.WARNING;
            default -> SpecIssue.Severity.INFO;
        };
        int line = issue.getLineNumber() == null ? 1 : Math.max(1, issue.getLineNumber());
        int column = issue.getColumn() == null ? 1 : Math.max(1, issue.getColumn());
        String[] data = issue.getData();
        if (IssueCodes.DATA_FILE.equals(issue.getCode()) && data != null && data.length == 3) {
            // reported in the data file, at its line, and pointing back at what reads it
            return new SpecIssue(data[0], (int) Math.min(Integer.MAX_VALUE, Long.parseLong(data[1])), 1, severity,
                    data[2] + " (read for " + file + ":" + line + ":" + column + ")");
        }
        return new SpecIssue(file.toString(), line, column, severity, issue.getMessage());
    }
}
