package org.memdsl.ui.editor;

import org.eclipse.jface.text.ITextViewer;
import org.eclipse.jface.text.reconciler.MonoReconciler;

/** Validates the editor text shortly after each change (the generic editor's reconciler hook). */
public class MemValidationReconciler extends MonoReconciler {

    private static final int DELAY_MS = 300;

    private final MemValidationStrategy strategy;

    public MemValidationReconciler() {
        this(new MemValidationStrategy());
    }

    private MemValidationReconciler(MemValidationStrategy strategy) {
        super(strategy, false);
        this.strategy = strategy;
        setDelay(DELAY_MS);
    }

    @Override
    public void install(ITextViewer textViewer) {
        super.install(textViewer);
        strategy.setViewer(textViewer);
    }
}
