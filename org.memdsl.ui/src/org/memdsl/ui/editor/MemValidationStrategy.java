package org.memdsl.ui.editor;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.emf.common.util.URI;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.IRegion;
import org.eclipse.jface.text.ITextViewer;
import org.eclipse.jface.text.Position;
import org.eclipse.jface.text.reconciler.DirtyRegion;
import org.eclipse.jface.text.reconciler.IReconcilingStrategy;
import org.eclipse.jface.text.reconciler.IReconcilingStrategyExtension;
import org.eclipse.jface.text.source.Annotation;
import org.eclipse.jface.text.source.IAnnotationModel;
import org.eclipse.jface.text.source.IAnnotationModelExtension;
import org.eclipse.jface.text.source.ISourceViewer;
import org.eclipse.xtext.diagnostics.Severity;
import org.eclipse.xtext.service.OperationCanceledManager;
import org.eclipse.xtext.validation.Issue;
import org.memdsl.ui.builder.ProblemMarkers;
import org.memdsl.ui.internal.MemDslUiPlugin;

/**
 * Runs the language's validation on the document. For a workspace file the issues become problem
 * markers (shown in the editor ruler and the Problems view); for a file outside the workspace they
 * become annotations of the editor only.
 */
public class MemValidationStrategy implements IReconcilingStrategy, IReconcilingStrategyExtension {

    static final String ERROR_ANNOTATION = "org.eclipse.ui.workbench.texteditor.error";
    static final String WARNING_ANNOTATION = "org.eclipse.ui.workbench.texteditor.warning";

    private static final OperationCanceledManager CANCELLATION = new OperationCanceledManager();

    private IDocument document;
    private ITextViewer viewer;
    private IProgressMonitor monitor;
    private final List<Annotation> shown = new ArrayList<>();

    void setViewer(ITextViewer textViewer) {
        this.viewer = textViewer;
    }

    @Override
    public void setDocument(IDocument newDocument) {
        this.document = newDocument;
    }

    @Override
    public void setProgressMonitor(IProgressMonitor progressMonitor) {
        this.monitor = progressMonitor;
    }

    @Override
    public void initialReconcile() {
        validate();
    }

    @Override
    public void reconcile(DirtyRegion dirtyRegion, IRegion subRegion) {
        validate();
    }

    @Override
    public void reconcile(IRegion partition) {
        validate();
    }

    private void validate() {
        if (document == null) {
            return;
        }
        Optional<IFile> file = DocumentFiles.workspaceFile(document);
        URI uri = file.map(f -> URI.createFileURI(f.getLocation().toOSString()))
                .orElseGet(() -> DocumentFiles.uri(document));
        List<Issue> issues;
        try {
            SpecValidator validator = MemDslUiPlugin.get().injector().getInstance(SpecValidator.class);
            SpecValidator.Checked checked = validator.check(document.get(), uri,
                    () -> monitor != null && monitor.isCanceled());
            issues = checked.issues();
            if (SemanticHighlights.put(document, checked.highlights()) && viewer != null) {
                ITextViewer shown = viewer;
                shown.getTextWidget().getDisplay().asyncExec(() -> {
                    if (shown.getTextWidget() != null && !shown.getTextWidget().isDisposed()) {
                        shown.invalidateTextPresentation();
                    }
                });
            }
        } catch (IOException e) {
            MemDslUiPlugin.log().error("memdsl validation could not read the document", e);
            return;
        } catch (RuntimeException | Error e) {
            if (CANCELLATION.isOperationCanceledException(e)) {
                return; // a newer edit cancelled this check; its own check follows
            }
            MemDslUiPlugin.log().error("memdsl validation failed", e);
            return;
        }
        if (file.isPresent()) {
            if (DocumentFiles.workspaceFile(document).isPresent()) {
                ProblemMarkers.write(file.get(), issues);
            } // else the editor closed during the check: its text is gone, the saved file is checked instead
        } else {
            showAnnotations(issues);
        }
    }

    private void showAnnotations(List<Issue> issues) {
        if (!(viewer instanceof ISourceViewer source) || source.getAnnotationModel() == null) {
            return;
        }
        IAnnotationModel model = source.getAnnotationModel();
        Map<Annotation, Position> added = new HashMap<>();
        for (Issue issue : issues) {
            if (issue.getOffset() == null) {
                continue;
            }
            String type = issue.getSeverity() == Severity.ERROR ? ERROR_ANNOTATION : WARNING_ANNOTATION;
            added.put(new Annotation(type, false, issue.getMessage()),
                    new Position(issue.getOffset(), Math.max(1, issue.getLength())));
        }
        synchronized (shown) {
            if (model instanceof IAnnotationModelExtension extension) {
                extension.replaceAnnotations(shown.toArray(Annotation[]::new), added);
            } else {
                for (Iterator<Annotation> it = shown.iterator(); it.hasNext();) {
                    model.removeAnnotation(it.next());
                }
                added.forEach(model::addAnnotation);
            }
            shown.clear();
            shown.addAll(added.keySet());
        }
    }
}
