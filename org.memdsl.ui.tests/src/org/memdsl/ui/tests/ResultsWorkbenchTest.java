package org.memdsl.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swtchart.IAxis;
import org.eclipse.swtchart.ILineSeries;
import org.eclipse.swtchart.ISeries;
import org.eclipse.swtchart.LineStyle;
import org.eclipse.swtchart.Range;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.handlers.IHandlerService;
import org.eclipse.ui.ide.IDE;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IViewPart;
import org.eclipse.ui.part.ISetSelectionTarget;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.memdsl.ui.internal.MemDslUiPlugin;
import org.memdsl.ui.results.FigureChart;
import org.memdsl.ui.results.ResultsView;
import org.memdsl.ui.results.SiFormat;
import org.memdsl.ui.run.RunExperimentJob;

/**
 * The results view as a researcher uses it: runs kept and listed per file and time, a chart per
 * figure fitted to the view with distinct colours and markers for data and fit, SI tick labels,
 * log axes, zoom and pan, comparison with the previous run, export as PNG, SVG, PDF and CSV; a failed
 * run's dialog and Problems marker; Run Experiment from the Project Explorer.
 */
class ResultsWorkbenchTest {

    private static final String PPF = """
            device cell : opto_memristor { }
            stimulus pairs : paired {
                amplitude = 3 V width = 6 ms
                intervals = [1 ms, 2 ms, 5 ms, 10 ms, 20 ms, 40 ms]
                repeats = 1 rest = 0.3 s
            }
            experiment ppf_dark { device cell apply pairs sample = 1 ms measure ppf }
            """;

    private IProject project;
    private IWorkbenchPage page;

    @BeforeEach
    void createProject() throws Exception {
        project = Workbench.openProject("memdsl-results-test");
        page = Workbench.page();
    }

    @AfterEach
    void deleteProject() throws Exception {
        Workbench.close(page, project);
    }

    private RunExperimentJob run(IFile file) {
        RunExperimentJob job = new RunExperimentJob(file.getLocation().toFile().toPath(), file);
        job.schedule();
        Workbench.waitUntil(() -> job.getResult() != null, 120_000, "the run of " + file.getName());
        return job;
    }

    private ResultsView view() {
        return assertInstanceOf(ResultsView.class, page.findView(ResultsView.ID));
    }

    @Test
    void runsAreKeptAndTheChartIsReadableZoomableComparableAndExportable() throws Exception {
        IFile file = Workbench.file(project, "ppf.mem", PPF);
        IDE.openEditor(page, file);
        RunExperimentJob first = run(file);
        assertTrue(first.getResult().isOK(), first.getResult().toString());
        Workbench.settle(1_100); // the run folders are named by the second a run starts
        RunExperimentJob second = run(file);
        assertTrue(second.getResult().isOK(), second.getResult().toString());
        assertNotEquals(first.written(), second.written(), "each run writes its own folder");
        assertTrue(Files.exists(first.written().resolve("ppf_dark/ppf.csv")), "the first run's results stay");
        Workbench.waitUntil(() -> page.findView(ResultsView.ID) != null && view().runs().stream()
                .anyMatch(r -> r.directory().equals(second.written())), 10_000, "the second run in the view");
        assertTrue(view().runs().stream().anyMatch(r -> r.directory().equals(first.written())), "the first run kept");
        ResultsView view = view();
        assertEquals(List.of("ppf_dark/ppf"), view.shownFigures());
        assertEquals(second.written().resolve("report.html"), view.report().orElseThrow(),
                "the run's report, which the view's Report button opens");

        FigureChart chart = view.chart().orElseThrow();
        ISeries<?>[] series = chart.chart().getSeriesSet().getSeries();
        assertEquals(2, series.length, "data and fit");
        ILineSeries<?> data = (ILineSeries<?>) series[0];
        ILineSeries<?> fit = (ILineSeries<?>) series[1];
        assertNotEquals(data.getLineColor().getRGB(), fit.getLineColor().getRGB(), "data and fit in their own colours");
        assertEquals(LineStyle.DASH, fit.getLineStyle(), "the fit dashed");
        assertEquals(ILineSeries.PlotSymbolType.NONE, fit.getSymbolType(), "the fit without markers");
        assertNotEquals(ILineSeries.PlotSymbolType.NONE, data.getSymbolType(), "the data with markers");

        IAxis x = chart.chart().getAxisSet().getXAxis(0);
        assertInstanceOf(SiFormat.class, x.getTick().getFormat());
        assertEquals("120p", SiFormat.format(1.2e-10));
        assertEquals("45.6m", SiFormat.format(0.0456));
        assertEquals("3k", SiFormat.format(3000.0099999999998));

        view.logYAction().setChecked(true);
        view.logYAction().run();
        assertTrue(chart.chart().getAxisSet().getYAxis(0).isLogScaleEnabled(), "log y switched on");
        view.logYAction().setChecked(false);
        view.logYAction().run();

        Range before = x.getRange();
        Event wheel = new Event();
        var area = chart.chart().getPlotArea().getControl();
        wheel.x = area.getSize().x / 2;
        wheel.y = area.getSize().y / 2;
        wheel.count = 3;
        area.notifyListeners(SWT.MouseVerticalWheel, wheel);
        Range zoomed = x.getRange();
        assertTrue(zoomed.upper - zoomed.lower < 0.9 * (before.upper - before.lower), "the wheel zooms in");
        Event down = new Event();
        down.button = 1;
        down.x = 100;
        down.y = 100;
        area.notifyListeners(SWT.MouseDown, down);
        Event move = new Event();
        move.x = 160;
        move.y = 100;
        area.notifyListeners(SWT.MouseMove, move);
        area.notifyListeners(SWT.MouseUp, move);
        assertTrue(x.getRange().lower < zoomed.lower, "dragging right pans towards smaller x");
        chart.resetZoom();

        view.compareAction().setChecked(true);
        view.compareAction().run();
        ISeries<?>[] compared = chart.chart().getSeriesSet().getSeries();
        assertEquals(4, compared.length, "the previous run's data and fit overlaid");
        assertTrue(compared[2].getDescription().contains("(run "), compared[2].getDescription());
        page.setPartState(page.getReference(view), IWorkbenchPage.STATE_MAXIMIZED);
        Screenshots.take("results-compare");
        view.compareAction().setChecked(false);
        view.compareAction().run();

        Path exports = Files.createTempDirectory("memdsl-exports");
        view.export(exports.resolve("ppf.png"));
        view.export(exports.resolve("ppf.svg"));
        view.export(exports.resolve("ppf.pdf"));
        view.export(exports.resolve("ppf.csv"));
        byte[] png = Files.readAllBytes(exports.resolve("ppf.png"));
        assertEquals((byte) 0x89, png[0]);
        assertEquals('P', png[1]);
        String svg = Files.readString(exports.resolve("ppf.svg"));
        assertTrue(svg.contains("<svg") && svg.contains("</svg>"), svg.substring(0, Math.min(200, svg.length())));
        byte[] pdf = Files.readAllBytes(exports.resolve("ppf.pdf"));
        assertEquals("%PDF-", new String(pdf, 0, 5, java.nio.charset.StandardCharsets.ISO_8859_1), "a vector PDF");
        List<String> csv = Files.readAllLines(exports.resolve("ppf.csv"));
        assertTrue(csv.get(0).startsWith("series,"), csv.get(0));
        assertTrue(csv.stream().anyMatch(l -> l.startsWith("two-exponential fit (R² = ")),
                "the fit and its R² are exported");
        page.setPartState(page.getReference(view), IWorkbenchPage.STATE_RESTORED);
    }

    @Test
    void aFailedRunOpensADialogAndMarksTheProblem() throws Exception {
        IFile file = Workbench.file(project, "broken.mem", """
                device cell : opto_memristor { }
                stimulus p : pulse { amplitude = 3 V width = 6 ms }
                experiment e { device cell apply p measure epsc }
                experiment e2 { device nobody apply p }
                """);
        RunExperimentJob job = run(file);
        assertEquals(org.eclipse.core.runtime.IStatus.WARNING, job.getResult().getSeverity(),
                "the user's spec to fix, not an error of memdsl's");
        Workbench.waitUntil(() -> dialog(RunExperimentJob.FAILED_TITLE) != null, 5_000, "the failure dialog");
        Screenshots.take("failed-run-dialog");
        dialog(RunExperimentJob.FAILED_TITLE).close();
        IMarker[] run = file.findMarkers(MemDslUiPlugin.RUN_PROBLEM_MARKER, false, IResource.DEPTH_ZERO);
        assertEquals(1, run.length, Arrays.toString(run));
        assertEquals(4, run[0].getAttribute(IMarker.LINE_NUMBER, -1));
        assertTrue(run[0].getAttribute(IMarker.MESSAGE, "").contains("nobody"), run[0].getAttribute(IMarker.MESSAGE,
                ""));
    }

    private static Shell dialog(String title) {
        return Arrays.stream(Display.getCurrent().getShells()).filter(s -> !s.isDisposed() && title.equals(s.getText()))
                .findFirst().orElse(null);
    }

    @Test
    void runExperimentFromTheProjectExplorer() throws Exception {
        IFile file = Workbench.file(project, "explorer.mem", PPF.replace("ppf_dark", "from_explorer"));
        IViewPart explorer = page.showView(IPageLayout.ID_PROJECT_EXPLORER);
        ((ISetSelectionTarget) explorer).selectReveal(new StructuredSelection(file));
        page.activate(explorer);
        Workbench.settle(300);
        Screenshots.take("project-explorer-selection");
        page.getWorkbenchWindow().getService(IHandlerService.class).executeCommand("org.memdsl.ui.runExperiment",
                null);
        Workbench.waitUntil(() -> page.findView(ResultsView.ID) != null
                && view().shownFigures().contains("from_explorer/ppf"), 120_000, "the run started from the explorer");
    }
}
