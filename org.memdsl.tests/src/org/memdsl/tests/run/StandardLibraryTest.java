package org.memdsl.tests.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.eclipse.xtext.testing.util.ParseHelper;
import org.eclipse.xtext.testing.validation.ValidationTestHelper;
import org.eclipse.xtext.util.CancelIndicator;
import org.eclipse.xtext.validation.CheckMode;
import org.eclipse.xtext.validation.IResourceValidator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.memdsl.compiler.ReportCompiler;
import org.memdsl.library.Libraries;
import org.memdsl.memDsl.Model;
import org.memdsl.memDsl.Protocol;
import org.memdsl.memDsl.Report;
import org.memdsl.run.SpecRunner;
import org.memdsl.runtime.output.CharacterisationWriter;
import org.memdsl.runtime.result.Characterisation;
import org.memdsl.tests.MemDslInjectorProvider;

import com.google.inject.Inject;
import com.google.inject.Provider;

/**
 * The standard library ({@code import standard}, the review's metric suite of docs/papers.md#paper-d)
 * is found by name, validates clean, and {@code examples/review-metrics.mem} characterises the
 * devices of papers A, B and C with it into one row per device. The rows reproduce the papers'
 * numbers that the suite measures the way the papers do, with docs/calibration.md's tolerances:
 * paper A's dark PPF at the shortest interval (A1: 200–300 %) and paper B's first weak pulse
 * (B1: 0.1 nA ± 30 %, 640 fJ ± 30 %).
 */
@ExtendWith(InjectionExtension.class)
@InjectWith(MemDslInjectorProvider.class)
class StandardLibraryTest {

    private static final Path EXAMPLE = Path.of("../examples/review-metrics.mem");

    @Inject
    private Provider<XtextResourceSet> resourceSets;

    @Inject
    private IResourceValidator resourceValidator;

    @Inject
    private ParseHelper<Model> parser;

    @Inject
    private ValidationTestHelper validator;

    @Inject
    private SpecRunner runner;

    private Model library() {
        Resource resource = resourceSets.get().getResource(Libraries.uri(Libraries.STANDARD).orElseThrow(), true);
        return (Model) resource.getContents().get(0);
    }

    @Test
    void libraryValidatesCleanAndHoldsTheMetricSuite() {
        Model library = library();
        assertEquals(List.of(), resourceValidator.validate(library.eResource(), CheckMode.ALL,
                CancelIndicator.NullImpl));
        assertEquals(List.of("event", "ppf", "plasticity", "endurance", "retention"),
                library.getElements().stream().map(e -> e.getName()).toList());
    }

    @Test
    void protocolsOfTheLibraryAreAppliedByName() throws Exception {
        Model model = parser.parse("""
                import standard
                device cell : soft_bound_pulse { }
                experiment p { device cell use ppf (amplitude = 2 V) }
                experiment e { device cell use endurance (cycles = 3) expect min endurance.window >= 1 }
                """);
        validator.assertNoErrors(model);
    }

    @Test
    void reviewExampleWritesOneRowPerDeviceWithThePapersNumbers(@TempDir Path out) throws Exception {
        List<SpecRunner.Outcome> outcomes = runner.run(EXAMPLE, out, OptionalLong.empty(), (e, i, n, f) -> { });
        SpecRunner.Outcome last = outcomes.get(outcomes.size() - 1);
        Characterisation table = last.characterisation();
        assertEquals(3 * 5 + 1, outcomes.size(), "five protocols on three devices, then the table");

        List<String> reports = new ArrayList<>();
        for (var element : library().getElements()) {
            for (Report r : ((Protocol) element).getReports()) {
                reports.add(ReportCompiler.name(r));
            }
        }
        assertEquals(reports, table.columns(), "a column per report of the suite, in library order");
        assertEquals(List.of("opto", "filament", "dot"), table.rows().stream().map(r -> r.device()).toList());

        List<CSVRecord> csv = read(out.resolve("review").resolve(CharacterisationWriter.FILE));
        List<String> header = new ArrayList<>(List.of("device", "family"));
        for (String report : reports) {
            header.add(report + " [" + table.unit(report) + "]");
        }
        header.add("notes");
        assertEquals(header, csv.get(0).getParser().getHeaderNames());
        assertEquals("A", table.unit("epsc"), "a report's unit is that of the column it reads");
        assertEquals("s", table.unit("retention_90"), "or of the result it reads");
        assertEquals("%", table.unit("ppf_index"));

        Characterisation.Row a = table.row("opto");
        assertTrue(a.value("ppf_index") >= 200 && a.value("ppf_index") <= 300, "A1: " + a.value("ppf_index"));
        assertEquals(1 + a.value("ppf_index") / 100, a.value("ppf_ratio"), 1e-12, "the two PPF conventions");

        Characterisation.Row b = table.row("filament");
        assertEquals(0.1e-9, b.value("epsc"), 0.3 * 0.1e-9, "B1 first weak pulse");
        assertEquals(640e-15, b.value("energy_per_event"), 0.3 * 640e-15, "B1 energy of the first update");
        double firstEpsc = Double.parseDouble(read(out.resolve("review/filament_event/epsc.csv")).get(0)
                .get("epsc [A]"));
        assertEquals(firstEpsc, b.value("epsc"), 0.0, "the row holds what the protocol's own table holds");

        Characterisation.Row c = table.row("dot");
        assertTrue(c.value("endurance_window") >= 1e4, "C3: window ≥ 1e4, got " + c.value("endurance_window"));
        assertEquals(100, c.value("endurance_cycles"), 0.0);
        assertTrue(Double.isNaN(c.value("retention_50")) && c.notes().stream().anyMatch(n -> n.startsWith(
                "retention_50")), "a filament that holds within the reads has no retention time, and says so");
    }

    private static List<CSVRecord> read(Path file) throws Exception {
        try (Reader reader = Files.newBufferedReader(file);
                CSVParser parser = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                        .parse(reader)) {
            return parser.getRecords();
        }
    }
}
