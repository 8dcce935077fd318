package org.memdsl.ui.builder;

import java.io.IOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.IWorkspaceRunnable;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.text.BadLocationException;
import org.eclipse.jface.text.Document;
import org.eclipse.jface.text.IDocument;
import org.eclipse.xtext.util.CancelIndicator;
import org.eclipse.xtext.diagnostics.Severity;
import org.eclipse.xtext.validation.Issue;
import org.memdsl.run.SpecIssue;
import org.memdsl.ui.editor.SpecValidator;
import org.memdsl.ui.internal.MemDslUiPlugin;
import org.memdsl.ui.navigation.WorkspaceSpecs;

/** The memdsl problem markers of a file (editor ruler, Problems view, Project Explorer decorations). */
public final class ProblemMarkers {

    private ProblemMarkers() {
    }

    /** Replaces the memdsl problem markers of {@code file} by one per issue. */
    public static void write(IFile file, List<Issue> issues) {
        IWorkspaceRunnable update = pm -> {
            if (!file.isAccessible()) {
                return;
            }
            file.deleteMarkers(MemDslUiPlugin.PROBLEM_MARKER, false, IResource.DEPTH_ZERO);
            for (Issue issue : issues) {
                Map<String, Object> attributes = new HashMap<>();
                attributes.put(IMarker.MESSAGE, issue.getMessage());
                attributes.put(IMarker.SEVERITY, issue.getSeverity() == Severity.ERROR ? IMarker.SEVERITY_ERROR
                        : issue.getSeverity() == Severity.WARNING ? IMarker.SEVERITY_WARNING : IMarker.SEVERITY_INFO);
                if (issue.getLineNumber() != null) {
                    attributes.put(IMarker.LINE_NUMBER, issue.getLineNumber());
                }
                if (issue.getOffset() != null && issue.getLength() != null) {
                    attributes.put(IMarker.CHAR_START, issue.getOffset());
                    attributes.put(IMarker.CHAR_END, issue.getOffset() + Math.max(1, issue.getLength()));
                }
                attributes.put(IMarker.LOCATION, "line " + issue.getLineNumber() + ", column " + issue.getColumn());
                file.createMarker(MemDslUiPlugin.PROBLEM_MARKER, attributes);
            }
        };
        try {
            ResourcesPlugin.getWorkspace().run(update, file, IResource.NONE, null);
        } catch (CoreException e) {
            MemDslUiPlugin.log().error("cannot update memdsl markers of " + file, e);
        }
    }

    /** Checks {@code file} again in the background (after a quick fix changed it) and updates its markers. */
    public static void recheck(IFile file) {
        Job.create("Checking " + file.getName(), monitor -> {
            if (!file.isAccessible()) {
                return; // closed because it was deleted
            }
            try {
                SpecValidator validator = MemDslUiPlugin.get().injector().getInstance(SpecValidator.class);
                write(file, validator.validate(WorkspaceSpecs.textOf(file), WorkspaceSpecs.uri(file),
                        CancelIndicator.NullImpl));
            } catch (IOException e) {
                MemDslUiPlugin.log().error("memdsl could not check " + file.getFullPath(), e);
            }
        }).schedule(RECHECK_DELAY_MS);
    }

    /** Lets a closing editor release its text first, so the saved text is what gets checked. */
    private static final long RECHECK_DELAY_MS = 300;

    /**
     * Replaces the run-problem markers of {@code file} (what stopped its last run: an error found only
     * when compiling or running, at its file:line:column) by those of {@code issues} in this file.
     */
    public static void writeRunProblems(IFile file, List<SpecIssue> issues) {
        IWorkspaceRunnable update = pm -> {
            file.deleteMarkers(MemDslUiPlugin.RUN_PROBLEM_MARKER, false, IResource.DEPTH_ZERO);
            String path = file.getLocation() == null ? "" : file.getLocation().toFile().toPath().toString();
            IDocument text = new Document(WorkspaceSpecs.textOf(file));
            for (SpecIssue issue : issues) {
                if (!path.equals(issue.file())) {
                    continue;
                }
                Map<String, Object> attributes = new HashMap<>();
                attributes.put(IMarker.MESSAGE, issue.message());
                attributes.put(IMarker.SEVERITY, issue.severity() == SpecIssue.Severity.ERROR ? IMarker.SEVERITY_ERROR
                        : IMarker.SEVERITY_WARNING);
                attributes.put(IMarker.LINE_NUMBER, issue.line());
                attributes.put(IMarker.LOCATION, "line " + issue.line() + ", column " + issue.column() + " (run)");
                try {
                    int start = text.getLineOffset(issue.line() - 1) + issue.column() - 1;
                    attributes.put(IMarker.CHAR_START, start);
                    attributes.put(IMarker.CHAR_END, start + 1);
                } catch (BadLocationException e) {
                    // the line alone still locates it
                }
                file.createMarker(MemDslUiPlugin.RUN_PROBLEM_MARKER, attributes);
            }
        };
        try {
            ResourcesPlugin.getWorkspace().run(update, file, IResource.NONE, null);
        } catch (CoreException e) {
            MemDslUiPlugin.log().error("cannot update memdsl run markers of " + file, e);
        }
    }
}
