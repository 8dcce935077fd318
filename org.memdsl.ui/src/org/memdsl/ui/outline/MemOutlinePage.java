package org.memdsl.ui.outline;

import java.util.List;

import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.text.DocumentEvent;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.IDocumentListener;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.ITreeContentProvider;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.texteditor.ITextEditor;
import org.eclipse.ui.views.contentoutline.ContentOutlinePage;
import org.memdsl.ide.navigation.MemDslNavigation;
import org.memdsl.ide.navigation.SpecSymbol;
import org.memdsl.resource.TextResources;
import org.memdsl.ui.editor.DocumentFiles;
import org.memdsl.ui.internal.MemDslUiPlugin;

/**
 * The Outline view of a {@code .mem} editor: its declarations (the language server's document
 * symbols) as a tree, parsed off the display thread half a second after typing stops; selecting one
 * selects its name in the editor.
 */
public class MemOutlinePage extends ContentOutlinePage implements IDocumentListener {

    private static final int DELAY_MS = 500;

    private final ITextEditor editor;
    private final IDocument document;
    private List<SpecSymbol> symbols = List.of();
    private boolean pending;

    public MemOutlinePage(ITextEditor editor, IDocument document) {
        this.editor = editor;
        this.document = document;
    }

    @Override
    public void createControl(Composite parent) {
        super.createControl(parent);
        TreeViewer tree = getTreeViewer();
        tree.setContentProvider(new ITreeContentProvider() {
            @Override
            public Object[] getElements(Object input) {
                return symbols.toArray();
            }

            @Override
            public Object[] getChildren(Object parentElement) {
                return ((SpecSymbol) parentElement).children().toArray();
            }

            @Override
            public Object getParent(Object element) {
                return null;
            }

            @Override
            public boolean hasChildren(Object element) {
                return !((SpecSymbol) element).children().isEmpty();
            }
        });
        tree.setLabelProvider(new LabelProvider() {
            @Override
            public String getText(Object element) {
                SpecSymbol symbol = (SpecSymbol) element;
                return symbol.kind() + " " + symbol.label();
            }
        });
        tree.addSelectionChangedListener(e -> {
            if (((IStructuredSelection) e.getSelection()).getFirstElement() instanceof SpecSymbol symbol) {
                editor.selectAndReveal(symbol.nameOffset(), symbol.nameLength());
            }
        });
        document.addDocumentListener(this);
        refresh();
    }

    /** Parses the editor's text off the display thread and shows its declarations. */
    public void refresh() {
        pending = false;
        TreeViewer tree = getTreeViewer();
        if (tree == null || tree.getControl().isDisposed()) {
            return;
        }
        String text = document.get();
        Display display = tree.getControl().getDisplay();
        Job parse = Job.create("Outline of " + editor.getTitle(), monitor -> {
            List<SpecSymbol> parsed;
            try {
                var resource = MemDslUiPlugin.get().injector().getInstance(TextResources.class)
                        .load(text, DocumentFiles.uri(document));
                parsed = MemDslUiPlugin.get().injector().getInstance(MemDslNavigation.class).symbols(resource);
            } catch (Exception e) {
                MemDslUiPlugin.log().warn("memdsl outline could not parse the editor's text", e);
                return;
            }
            display.asyncExec(() -> show(parsed));
        });
        parse.setSystem(true);
        parse.schedule();
    }

    private void show(List<SpecSymbol> parsed) {
        TreeViewer tree = getTreeViewer();
        if (tree == null || tree.getControl().isDisposed()) {
            return;
        }
        symbols = parsed;
        tree.setInput(symbols);
        tree.expandToLevel(2);
    }

    /** The labels shown, depth first, for tests. */
    public List<String> labels() {
        List<String> labels = new java.util.ArrayList<>();
        collect(symbols, labels);
        return labels;
    }

    private static void collect(List<SpecSymbol> list, List<String> labels) {
        for (SpecSymbol s : list) {
            labels.add(s.kind() + " " + s.label());
            collect(s.children(), labels);
        }
    }

    @Override
    public void documentAboutToBeChanged(DocumentEvent event) {
        // only the state after a change matters
    }

    @Override
    public void documentChanged(DocumentEvent event) {
        if (!pending) {
            pending = true;
            Display.getDefault().timerExec(DELAY_MS, this::refresh);
        }
    }

    @Override
    public void dispose() {
        document.removeDocumentListener(this);
        super.dispose();
    }
}
