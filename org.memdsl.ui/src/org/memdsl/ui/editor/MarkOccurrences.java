package org.memdsl.ui.editor;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.emf.common.util.URI;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.ITextSelection;
import org.eclipse.jface.text.ITextViewer;
import org.eclipse.jface.text.Position;
import org.eclipse.jface.text.reconciler.IReconciler;
import org.eclipse.jface.text.reconciler.IReconcilingStrategy;
import org.eclipse.jface.text.source.Annotation;
import org.eclipse.jface.text.source.IAnnotationModel;
import org.eclipse.jface.text.source.IAnnotationModelExtension;
import org.eclipse.jface.text.source.ISourceViewer;
import org.eclipse.jface.viewers.IPostSelectionProvider;
import org.eclipse.jface.viewers.ISelectionChangedListener;
import org.eclipse.jface.viewers.SelectionChangedEvent;
import org.memdsl.ide.navigation.MemDslNavigation;
import org.memdsl.ide.navigation.Place;
import org.memdsl.ide.navigation.SpecWorkspace;
import org.memdsl.ui.internal.MemDslUiPlugin;

/**
 * Mark occurrences that know names: with the cursor on a declared name or a use of it, the
 * declaration and every use in the file are marked (the Generic Editor's occurrence annotation), by
 * what they refer to rather than by spelling, so a parameter {@code width} and a stimulus
 * {@code width} are told apart. Computed off the display thread, after the cursor rests.
 */
public class MarkOccurrences implements IReconciler, ISelectionChangedListener {

    /** The Generic Editor's annotation type for occurrences (grey background). */
    public static final String ANNOTATION = "org.eclipse.ui.genericeditor.text";

    private static final int DELAY_MS = 150;

    private ISourceViewer viewer;
    private Job pending;
    private List<Annotation> shown = new ArrayList<>();

    @Override
    public void install(ITextViewer textViewer) {
        if (textViewer instanceof ISourceViewer source
                && source.getSelectionProvider() instanceof IPostSelectionProvider selections) {
            viewer = source;
            selections.addPostSelectionChangedListener(this);
        }
    }

    @Override
    public void uninstall() {
        if (viewer != null && viewer.getSelectionProvider() instanceof IPostSelectionProvider selections) {
            selections.removePostSelectionChangedListener(this);
        }
        viewer = null;
    }

    @Override
    public IReconcilingStrategy getReconcilingStrategy(String contentType) {
        return null;
    }

    @Override
    public void selectionChanged(SelectionChangedEvent event) {
        if (!(event.getSelection() instanceof ITextSelection selection) || viewer == null) {
            return;
        }
        IDocument document = viewer.getDocument();
        String text = document.get();
        int offset = selection.getOffset();
        if (pending != null) {
            pending.cancel();
        }
        pending = Job.create("Marking occurrences", monitor -> {
            List<Place> places = occurrences(document, text, offset, monitor);
            if (!monitor.isCanceled() && viewer != null) {
                viewer.getTextWidget().getDisplay().asyncExec(() -> {
                    if (viewer != null && document.get().equals(text)) {
                        show(places);
                    }
                });
            }
            return monitor.isCanceled() ? Status.CANCEL_STATUS : Status.OK_STATUS;
        });
        pending.setSystem(true);
        pending.schedule(DELAY_MS);
    }

    /** The declaration named at {@code offset} and its uses, in this document only; none off a name. */
    static List<Place> occurrences(IDocument document, String text, int offset, IProgressMonitor monitor) {
        try {
            URI uri = DocumentFiles.uri(document);
            SpecWorkspace workspace = MemDslUiPlugin.get().injector().getInstance(SpecWorkspace.class)
                    .open(Map.of(uri, text));
            MemDslNavigation navigation = MemDslUiPlugin.get().injector().getInstance(MemDslNavigation.class);
            Place declaration = navigation.declaration(workspace, uri, offset).orElse(null);
            if (declaration == null || monitor.isCanceled()) {
                return List.of();
            }
            List<Place> places = new ArrayList<>();
            if (declaration.uri().equals(uri)) {
                places.add(declaration);
            }
            navigation.references(workspace, uri, offset).stream()
                    .filter(p -> p.uri().equals(uri)).forEach(places::add);
            boolean onAName = places.stream().anyMatch(p -> p.offset() <= offset && offset <= p.offset() + p.length());
            return onAName ? places : List.of();
        } catch (Exception | Error e) {
            return List.of(); // half-typed text: nothing to mark
        }
    }

    private void show(List<Place> places) {
        IAnnotationModel model = viewer.getAnnotationModel();
        if (model == null) {
            return;
        }
        Map<Annotation, Position> added = new HashMap<>();
        for (Place place : places) {
            added.put(new Annotation(ANNOTATION, false, "occurrence"), new Position(place.offset(), place.length()));
        }
        if (model instanceof IAnnotationModelExtension extension) {
            extension.replaceAnnotations(shown.toArray(Annotation[]::new), added);
        } else {
            shown.forEach(model::removeAnnotation);
            added.forEach(model::addAnnotation);
        }
        shown = new ArrayList<>(added.keySet());
    }
}
