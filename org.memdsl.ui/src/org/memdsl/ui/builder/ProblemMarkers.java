package org.memdsl.ui.builder;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.IWorkspaceRunnable;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.xtext.diagnostics.Severity;
import org.eclipse.xtext.validation.Issue;
import org.memdsl.ui.internal.MemDslUiPlugin;

/** The memdsl problem markers of a file (editor ruler, Problems view, Project Explorer decorations). */
public final class ProblemMarkers {

    private ProblemMarkers() {
    }

    /** Replaces the memdsl problem markers of {@code file} by one per issue. */
    public static void write(IFile file, List<Issue> issues) {
        IWorkspaceRunnable update = pm -> {
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
}
