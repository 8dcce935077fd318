package org.memdsl.ui.navigation;

import java.util.List;
import java.util.Locale;

import org.eclipse.jface.dialogs.PopupDialog;
import org.eclipse.jface.viewers.ITreeContentProvider;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.jface.viewers.Viewer;
import org.eclipse.jface.viewers.ViewerFilter;
import org.eclipse.swt.SWT;
import org.eclipse.swt.events.KeyAdapter;
import org.eclipse.swt.events.KeyEvent;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;

/**
 * A small window over the editor listing places (a file's declarations for the quick outline, the
 * uses of a name for find references): typing filters the list, Return or a double click goes to
 * the chosen place and closes the window, Escape closes it.
 */
public class NavigatorPopup extends PopupDialog {

    /** A line of the list: its text, what choosing it does, and the lines under it. */
    public record Item(String label, Runnable action, List<Item> children) {
    }

    private final List<Item> items;
    private Text filter;
    private TreeViewer tree;

    public NavigatorPopup(Shell parent, String title, List<Item> items) {
        super(parent, SWT.RESIZE, true, true, false, false, false, title, "Type to filter; Return to go there");
        this.items = items;
    }

    @Override
    protected Control createTitleControl(Composite parent) {
        filter = new Text(parent, SWT.NONE);
        filter.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        filter.addModifyListener(e -> {
            tree.refresh();
            tree.expandAll();
            selectFirst();
        });
        filter.addKeyListener(new KeyAdapter() {
            @Override
            public void keyPressed(KeyEvent e) {
                if (e.keyCode == SWT.CR || e.keyCode == SWT.KEYPAD_CR) {
                    choose();
                } else if (e.keyCode == SWT.ARROW_DOWN) {
                    tree.getTree().setFocus();
                }
            }
        });
        return filter;
    }

    @Override
    protected Control createDialogArea(Composite parent) {
        tree = new TreeViewer(parent, SWT.SINGLE | SWT.V_SCROLL | SWT.H_SCROLL);
        tree.getControl().setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        tree.setContentProvider(new ITreeContentProvider() {
            @Override
            public Object[] getElements(Object input) {
                return items.toArray();
            }

            @Override
            public Object[] getChildren(Object parentElement) {
                return ((Item) parentElement).children().toArray();
            }

            @Override
            public Object getParent(Object element) {
                return null;
            }

            @Override
            public boolean hasChildren(Object element) {
                return !((Item) element).children().isEmpty();
            }
        });
        tree.setLabelProvider(new LabelProvider() {
            @Override
            public String getText(Object element) {
                return ((Item) element).label();
            }
        });
        tree.addFilter(new ViewerFilter() {
            @Override
            public boolean select(Viewer viewer, Object parentElement, Object element) {
                return matches((Item) element);
            }
        });
        tree.addDoubleClickListener(e -> choose());
        tree.getTree().addKeyListener(new KeyAdapter() {
            @Override
            public void keyPressed(KeyEvent e) {
                if (e.keyCode == SWT.CR || e.keyCode == SWT.KEYPAD_CR) {
                    choose();
                }
            }
        });
        tree.setInput(items);
        tree.expandAll();
        selectFirst();
        return tree.getControl();
    }

    private boolean matches(Item item) {
        String wanted = filter == null ? "" : filter.getText().trim().toLowerCase(Locale.ROOT);
        return wanted.isEmpty() || item.label().toLowerCase(Locale.ROOT).contains(wanted)
                || item.children().stream().anyMatch(this::matches);
    }

    private void selectFirst() {
        if (tree.getTree().getItemCount() > 0) {
            tree.getTree().setSelection(tree.getTree().getItem(0));
        }
    }

    /** Goes to the selected line's place and closes. */
    public void choose() {
        Object chosen = ((IStructuredSelection) tree.getSelection()).getFirstElement();
        if (chosen instanceof Item item) {
            close();
            item.action().run();
        }
    }

    /** The filter field, for typing into it. */
    public Text filter() {
        return filter;
    }

    /** The labels of the lines shown (all levels, in order), for tests. */
    public List<String> shownLabels() {
        List<String> labels = new java.util.ArrayList<>();
        collect(tree.getTree().getItems(), labels);
        return labels;
    }

    private static void collect(org.eclipse.swt.widgets.TreeItem[] treeItems, List<String> labels) {
        for (org.eclipse.swt.widgets.TreeItem item : treeItems) {
            labels.add(item.getText());
            collect(item.getItems(), labels);
        }
    }

    @Override
    protected Point getDefaultSize() {
        return new Point(520, 360);
    }

    @Override
    protected Control getFocusControl() {
        return filter;
    }
}
