package org.memdsl.ui.results;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.eclipse.jface.action.Action;
import org.eclipse.jface.action.IAction;
import org.eclipse.jface.action.IToolBarManager;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.ITreeContentProvider;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.SWTException;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.custom.ScrolledComposite;
import org.eclipse.swt.custom.StackLayout;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.program.Program;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Label;
import org.eclipse.ui.part.ViewPart;
import org.memdsl.run.RunReport;
import org.memdsl.runtime.output.CharacterisationWriter;
import org.memdsl.runtime.output.FigureCsvWriter;
import org.memdsl.runtime.output.FigureFiles;
import org.memdsl.ui.internal.MemDslUiPlugin;

/**
 * The results of the workbench's runs: on the left every run of this session (newest first, by
 * file and start time; each run wrote its own folder, see {@code RunPreferences}), its experiments
 * and their results; on the right the chosen result fitted to the view: a chart (zoom with the
 * wheel, pan by dragging, double click for all), an image, or a characterisation table. The
 * toolbar switches log axes, resets the zoom, overlays the same figure of the file's previous run,
 * and exports the chart as PNG or SVG and its data as CSV.
 */
public class ResultsView extends ViewPart {

    public static final String ID = "org.memdsl.ui.results";

    /** Below this the chart scrolls rather than squeezing its plot area away. */
    private static final int MIN_CHART_WIDTH = 480;
    private static final int MIN_CHART_HEIGHT = 340;

    private final List<SpecRun> runs = new ArrayList<>();
    private final List<Image> images = new ArrayList<>();
    private TreeViewer tree;
    private Composite pane;
    private StackLayout stack;
    private Label hint;
    private FigureChart chart;
    private ResultItem.Leaf shown;
    private SpecRun current;

    private final Action logX = toggle("Log x", "Logarithmic x axis", on -> chart.setLogX(on));
    private final Action logY = toggle("Log y", "Logarithmic y axis", on -> chart.setLogY(on));
    private final Action compare = toggle("Compare", "Overlay the same figure of this file's previous run",
            on -> compareWithPrevious(on));

    @Override
    public void createPartControl(Composite parent) {
        SashForm sash = new SashForm(parent, SWT.HORIZONTAL);
        tree = new TreeViewer(sash, SWT.SINGLE | SWT.V_SCROLL | SWT.H_SCROLL);
        tree.setContentProvider(new ITreeContentProvider() {
            @Override
            public Object[] getElements(Object input) {
                return runs.reversed().stream().map(ResultItem.Run::new).toArray();
            }

            @Override
            public Object[] getChildren(Object parentElement) {
                return ((ResultItem) parentElement).children().toArray();
            }

            @Override
            public Object getParent(Object element) {
                return null;
            }

            @Override
            public boolean hasChildren(Object element) {
                return !((ResultItem) element).children().isEmpty();
            }
        });
        tree.setLabelProvider(new LabelProvider() {
            @Override
            public String getText(Object element) {
                return ((ResultItem) element).label();
            }
        });
        tree.addSelectionChangedListener(e -> {
            if (((IStructuredSelection) e.getSelection()).getFirstElement() instanceof ResultItem item) {
                show(item);
            }
        });
        tree.setInput(runs);
        pane = new Composite(sash, SWT.NONE);
        stack = new StackLayout();
        pane.setLayout(stack);
        hint = new Label(pane, SWT.WRAP);
        hint.setText("Run a .mem file (memdsl \u25B8 Run Experiment, Ctrl+Alt+X M, or Run Experiment in the"
                + " Project Explorer's context menu) to see its results here.");
        stack.topControl = hint;
        sash.setWeights(1, 3);
        contributeToolbar();
        updateActions();
    }

    private void contributeToolbar() {
        IToolBarManager bar = getViewSite().getActionBars().getToolBarManager();
        bar.add(logX);
        bar.add(logY);
        bar.add(action("Reset zoom", "Show all the data (or double click the chart)", () -> chart.resetZoom()));
        bar.add(compare);
        bar.add(action("PNG", "Export the chart as shown, as PNG", () -> export("png")));
        bar.add(action("SVG", "Export the chart as a vector SVG", () -> export("svg")));
        bar.add(action("PDF", "Export the chart as a vector PDF", () -> export("pdf")));
        bar.add(action("CSV", "Export the chart's data (or the table) as CSV", () -> export("csv")));
        bar.add(action("Report", "Open the run's report.html (figures, expectations, spec, provenance)",
                () -> openReport()));
        getViewSite().getActionBars().updateActionBars();
    }

    /** Adds a finished run, shows its first result and lists its experiments. */
    public void add(SpecRun run) {
        runs.add(run);
        current = run;
        tree.refresh();
        ResultItem.Run item = new ResultItem.Run(run);
        tree.expandToLevel(item, 2);
        ResultItem.Leaf first = item.first();
        tree.setSelection(new StructuredSelection(first != null ? first : item), true);
        show(first != null ? first : item);
    }

    private void show(ResultItem item) {
        ResultItem.Leaf leaf = item.first();
        if (item instanceof ResultItem.Run run) {
            current = run.run();
        }
        if (leaf == null || leaf.equals(shown)) {
            return;
        }
        current = leaf.run();
        shown = leaf;
        Control old = stack.topControl;
        chart = null;
        if (leaf.figure() != null) {
            ScrolledComposite scroll = new ScrolledComposite(pane, SWT.V_SCROLL | SWT.H_SCROLL);
            chart = new FigureChart(scroll, leaf.figure());
            scroll.setContent(chart.chart());
            scroll.setExpandHorizontal(true);
            scroll.setExpandVertical(true);
            scroll.setMinSize(MIN_CHART_WIDTH, MIN_CHART_HEIGHT);
            stack.topControl = scroll;
            chart.chart().setToolTipText(leaf.outcome().directory().resolve(leaf.name() + ".png").toString());
            if (compare.isChecked()) {
                compareWithPrevious(true);
            }
        } else if (leaf.raster() != null) {
            stack.topControl = image(leaf.imageFile());
        } else {
            Composite holder = new Composite(pane, SWT.NONE);
            holder.setLayout(new FillLayout());
            CharacterisationTable.create(holder, leaf.outcome().characterisation());
            stack.topControl = holder;
        }
        if (old != null && old != hint && old != stack.topControl) {
            old.dispose();
        }
        pane.layout(true, true);
        updateActions();
    }

    private Control image(Path file) {
        ScrolledComposite scroll = new ScrolledComposite(pane, SWT.V_SCROLL | SWT.H_SCROLL);
        Label picture = new Label(scroll, SWT.NONE);
        try {
            Image image = new Image(pane.getDisplay(), file.toString());
            images.add(image);
            picture.setImage(image);
        } catch (SWTException e) {
            picture.setText(file + ": " + e.getMessage());
        }
        picture.setToolTipText(file.toString());
        scroll.setContent(picture);
        picture.setSize(picture.computeSize(SWT.DEFAULT, SWT.DEFAULT));
        return scroll;
    }

    private void compareWithPrevious(boolean on) {
        if (chart == null || shown == null) {
            return;
        }
        Optional<ResultItem.Leaf> previous = on ? previousOf(shown) : Optional.empty();
        chart.compareWith(previous.map(ResultItem.Leaf::figure).orElse(null),
                previous.map(p -> "run " + p.run().time()).orElse(null));
        if (on && previous.isEmpty()) {
            getViewSite().getActionBars().getStatusLineManager()
                    .setMessage("No earlier run of " + shown.run().spec().getFileName() + " has " + shown.key());
        }
    }

    /** The same figure of the latest earlier run of the same file. */
    private Optional<ResultItem.Leaf> previousOf(ResultItem.Leaf leaf) {
        for (int i = runs.indexOf(leaf.run()) - 1; i >= 0; i--) {
            SpecRun earlier = runs.get(i);
            if (!earlier.spec().equals(leaf.run().spec())) {
                continue;
            }
            Optional<ResultItem.Leaf> same = leaves(earlier).stream()
                    .filter(l -> l.key().equals(leaf.key()) && l.figure() != null).findFirst();
            if (same.isPresent()) {
                return same;
            }
        }
        return Optional.empty();
    }

    /** The report of the run shown, if it wrote one. */
    public Optional<Path> report() {
        return current == null ? Optional.empty()
                : Optional.of(current.directory().resolve(RunReport.FILE)).filter(Files::isRegularFile);
    }

    private void openReport() {
        Optional<Path> report = report();
        if (report.isEmpty() || !Program.launch(report.get().toString())) {
            MessageDialog.openInformation(getSite().getShell(), "Report", report.map(p -> "No program opens "
                    + p + " here; open it in a browser.").orElse("Run a .mem file first: its report is written"
                            + " with its results."));
        }
    }

    private void export(String format) {
        if (shown == null) {
            return;
        }
        FileDialog dialog = new FileDialog(getSite().getShell(), SWT.SAVE);
        dialog.setFilterExtensions(new String[] { "*." + format });
        dialog.setFileName(shown.outcome().experiment() + "_" + shown.name() + "." + format);
        dialog.setOverwrite(true);
        String target = dialog.open();
        if (target != null) {
            try {
                export(Path.of(target));
            } catch (IOException | RuntimeException e) {
                MemDslUiPlugin.log().error("memdsl export to " + target + " failed", e);
                MessageDialog.openError(getSite().getShell(), "Export", "Could not write " + target + ": " + e);
            }
        }
    }

    /**
     * Writes the shown result to {@code file}, in the format its extension names: {@code .png} the
     * chart as shown (or the image), {@code .svg} and {@code .pdf} the figure as a vector drawing, {@code .csv} the
     * figure's data (or the characterisation table).
     */
    public void export(Path file) throws IOException {
        String name = file.getFileName().toString().toLowerCase(java.util.Locale.ROOT);
        if (name.endsWith(".png") && chart != null) {
            chart.chart().save(file.toString(), SWT.IMAGE_PNG);
        } else if (name.endsWith(".png") && shown.raster() != null) {
            Files.copy(shown.imageFile(), file, StandardCopyOption.REPLACE_EXISTING);
        } else if (name.endsWith(".svg") && shown.figure() != null) {
            FigureFiles.write(shown.figure(), FigureFiles.Format.SVG, file);
        } else if (name.endsWith(".pdf") && shown.figure() != null) {
            FigureFiles.write(shown.figure(), FigureFiles.Format.PDF, file);
        } else if (name.endsWith(".csv") && shown.figure() != null) {
            FigureCsvWriter.write(shown.figure(), file);
        } else if (name.endsWith(".csv") && shown.outcome().characterisation() != null) {
            Path scratch = Files.createTempDirectory("memdsl-export");
            try {
                Files.move(CharacterisationWriter.write(shown.outcome().characterisation(), scratch), file,
                        StandardCopyOption.REPLACE_EXISTING);
            } finally {
                Files.deleteIfExists(scratch);
            }
        } else {
            throw new IOException(shown.key() + " cannot be exported as " + name);
        }
    }

    private void updateActions() {
        boolean isChart = chart != null;
        logX.setEnabled(isChart);
        logY.setEnabled(isChart);
        logX.setChecked(isChart && chart.logX());
        logY.setChecked(isChart && chart.logY());
        compare.setEnabled(isChart);
    }

    private static List<ResultItem.Leaf> leaves(SpecRun run) {
        List<ResultItem.Leaf> leaves = new ArrayList<>();
        for (ResultItem outcome : new ResultItem.Run(run).children()) {
            outcome.children().forEach(l -> leaves.add((ResultItem.Leaf) l));
        }
        return leaves;
    }

    /** {@code EXPERIMENT/RESULT} of every result of the current run, in the tree's order. */
    public List<String> shownFigures() {
        return current == null ? List.of() : leaves(current).stream().map(ResultItem.Leaf::key).toList();
    }

    /** The runs listed, oldest first. */
    public List<SpecRun> runs() {
        return List.copyOf(runs);
    }

    /** Shows the result {@code EXPERIMENT/RESULT} of the current run. */
    public void select(String key) {
        leaves(current).stream().filter(l -> l.key().equals(key)).findFirst().ifPresent(l -> {
            tree.setSelection(new StructuredSelection(l), true);
            show(l);
        });
    }

    /** The chart shown, if the shown result is a figure. */
    public Optional<FigureChart> chart() {
        return Optional.ofNullable(chart);
    }

    public IAction logYAction() {
        return logY;
    }

    public IAction compareAction() {
        return compare;
    }

    private static Action action(String text, String tip, Runnable run) {
        Action action = new Action(text) {
            @Override
            public void run() {
                run.run();
            }
        };
        action.setToolTipText(tip);
        return action;
    }

    private Action toggle(String text, String tip, java.util.function.Consumer<Boolean> onChange) {
        Action action = new Action(text, IAction.AS_CHECK_BOX) {
            @Override
            public void run() {
                if (chart != null || this == compare) {
                    onChange.accept(isChecked());
                }
            }
        };
        action.setToolTipText(tip);
        return action;
    }

    @Override
    public void dispose() {
        images.forEach(Image::dispose);
        super.dispose();
    }

    @Override
    public void setFocus() {
        tree.getControl().setFocus();
    }
}
