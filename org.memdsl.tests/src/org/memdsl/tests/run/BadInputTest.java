package org.memdsl.tests.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.OptionalLong;

import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.memdsl.run.SpecErrorsException;
import org.memdsl.run.SpecIssue;
import org.memdsl.run.SpecLoader;
import org.memdsl.run.SpecRunner;
import org.memdsl.tests.MemDslInjectorProvider;

import com.google.inject.Inject;

/** Bad input gets a diagnostic at file:line:col, never a stack trace (issue 18's first cases). */
@ExtendWith(InjectionExtension.class)
@InjectWith(MemDslInjectorProvider.class)
class BadInputTest {

    @Inject
    private SpecRunner runner;

    @Inject
    private SpecLoader loader;

    @Test
    void anEmptyOrCommentOnlyFileHasNothingToRun(@TempDir Path dir) throws Exception {
        for (String text : List.of("", "// only a comment\n")) {
            Path spec = dir.resolve("nothing.mem");
            Files.writeString(spec, text);
            SpecErrorsException e = assertThrows(SpecErrorsException.class,
                    () -> runner.run(spec, dir.resolve("out"), OptionalLong.empty(), (x, i, n, f) -> {
                    }));
            assertEquals(List.of(spec.toAbsolutePath().normalize() + ":1:1: error: the file declares no experiment,"
                    + " network or characterisation to run"), e.issues().stream().map(SpecIssue::toString).toList());
        }
    }

    @Test
    void aNumberBeyondTheDoublesIsAnErrorAtTheNumber(@TempDir Path dir) throws Exception {
        Path spec = dir.resolve("huge.mem");
        Files.writeString(spec, "stimulus p : pulse { amplitude = 1 V width = 1e309 ms }\n");
        List<String> errors = errors(spec);
        assertEquals("1:46: '1e309' is too large for a number (the largest is about 1.8e308)", errors.get(0),
                errors.toString());
    }

    private List<String> errors(Path spec) throws Exception {
        return LocatedErrors.of(loader, spec);
    }

    /** A quote and a carriage return made Xtext fail inside while building the syntax error: still an error. */
    @Test
    void aFailureInsideTheCheckerIsAnErrorOfTheFileNotZeroErrors(@TempDir Path dir) throws Exception {
        Path spec = dir.resolve("quote.mem");
        Files.writeString(spec, "\"\r");
        List<String> errors = errors(spec);
        assertFalse(errors.isEmpty(), "the file is not accepted");
        assertTrue(errors.stream().allMatch(e -> e.matches("\\d+:\\d+: .+")), errors.toString());
    }

    @Test
    void anAbsurdUnitPowerIsAnErrorNotAStackOverflow(@TempDir Path dir) throws Exception {
        Path spec = dir.resolve("power.mem");
        for (String power : List.of("V^30000", "V^0", "V^-12")) {
            Files.writeString(spec, "stimulus p : pulse { amplitude = 1 " + power + " width = 1 ms }\n");
            List<String> errors = errors(spec);
            assertTrue(errors.stream().anyMatch(e -> e.contains("out of range") && e.startsWith("1:")),
                    power + ": " + errors);
        }
    }

    /** An import names a file: a URL is an error at the import, and nothing is fetched. */
    @Test
    void anImportThatIsNoFileNameIsAnErrorAtTheImport(@TempDir Path dir) throws Exception {
        Path spec = dir.resolve("imports.mem");
        Files.writeString(spec, "import \"http://127.0.0.1:9/x.mem\"\nstimulus p : pulse { amplitude = 1 V "
                + "width = 1 ms }\n");
        List<String> errors = errors(spec);
        assertTrue(errors.stream().anyMatch(e -> e.startsWith("1:8: ") && e.contains("is not a file name")),
                errors.toString());
        Files.writeString(spec, "import \"a\0b.mem\"\n");
        assertEquals(List.of("1:1: the file is not a text file (it holds NUL bytes)"), errors(spec),
                "a NUL character makes the spec itself no text");
    }

    /** Importing a FIFO named .mem blocked the checker forever; now it is an error at the import. */
    @Test
    void importingAPipeIsAnErrorNotAHang(@TempDir Path dir) throws Exception {
        Path fifo = dir.resolve("pipe.mem");
        Process mkfifo = new ProcessBuilder("mkfifo", fifo.toString()).start();
        org.junit.jupiter.api.Assumptions.assumeTrue(mkfifo.waitFor() == 0, "mkfifo is available");
        Path spec = dir.resolve("main.mem");
        Files.writeString(spec, "import \"pipe.mem\"\nstimulus p : pulse { amplitude = 1 V width = 1 ms }\n");
        List<String> errors = org.junit.jupiter.api.Assertions.assertTimeoutPreemptively(
                java.time.Duration.ofSeconds(60), () -> errors(spec));
        assertTrue(errors.stream().anyMatch(e -> e.startsWith("1:8: ") && e.contains("not a regular file")),
                errors.toString());
    }

    /**
     * A spec reads only inside its project folder (the folder above it with .project, .git or
     * .memdsl-root, else its own): /etc/passwd, a ../ path out of the folder and a link inside it that
     * points outside are errors at the assignment or import, and the file's content is never read.
     */
    @Test
    void filesOutsideTheProjectAreNotRead(@TempDir Path dir) throws Exception {
        Path project = Files.createDirectories(dir.resolve("project"));
        Files.writeString(project.resolve(".memdsl-root"), "");
        Path secret = Files.writeString(dir.resolve("secret.csv"), "pulse,conductance\n1,SECRET\n");
        Files.createSymbolicLink(project.resolve("link.csv"), secret);
        Path spec = project.resolve("reads.mem");
        for (String path : List.of("/etc/passwd", "../secret.csv", "link.csv")) {
            Files.writeString(spec, "device m : pulse_table { table = \"" + path + "\" }\n");
            List<String> errors = errors(spec);
            assertTrue(errors.stream().anyMatch(e -> e.startsWith("1:") && e.contains("outside the project folder")),
                    path + ": " + errors);
            assertFalse(errors.stream().anyMatch(e -> e.contains("SECRET") || e.contains("root:")), errors.toString());
        }
        Files.writeString(spec, "import \"../secret.mem\"\n");
        Files.writeString(dir.resolve("secret.mem"), "device s : opto_memristor { }\n");
        assertTrue(errors(spec).stream().anyMatch(e -> e.contains("cannot be imported: it lies outside")),
                errors(spec).toString());
    }

    /** Ten million pairs at six gaps (6e8 edges) are counted and refused at the stimulus, never built. */
    @Test
    void aHugeProtocolIsRefusedByItsSizeBeforeAnythingIsBuilt(@TempDir Path dir) throws Exception {
        Path spec = dir.resolve("huge.mem");
        Files.writeString(spec, """
                device d : soft_bound_pulse { g_min = 1 nS g_max = 100 nS g0 = 1 nS v_threshold = 0.5 V
                    pulse_width = 1 ms states = 50 a_ltp = 8 a_ltd = 3 }
                stimulus pairs : paired { amplitude = 1 V width = 1 ms
                    intervals = [1 ms, 2 ms, 5 ms, 10 ms, 20 ms, 40 ms] repeats = 10000000 }
                experiment e { device d apply pairs measure ppf }
                """);
        assertEquals(List.of("5:31: 'pairs' as applied here has 6e8 pulse edges and steps; at most max_edges = 4e6 are "
                + "built and integrated: shorten the protocol or raise max_edges"), errors(spec));
        Files.writeString(spec, Files.readString(spec).replace("measure ppf", "max_edges = 1e8 measure ppf"));
        assertEquals(List.of("5:31: 'pairs' as applied here has 6e8 pulse edges and steps; at most max_edges = 1e8 are "
                + "built and integrated: shorten the protocol or raise max_edges"), errors(spec), "the limit is the "
                + "experiment's own");
    }

    @Test
    void importCyclesAreReportedWithTheCycleAtEachImport(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("a.mem"), "import \"b.mem\"\ndevice d1 : linear_ion_drift { }\n");
        Files.writeString(dir.resolve("b.mem"), "import \"a.mem\"\ndevice d2 : linear_ion_drift { }\n");
        assertEquals(List.of("1:8: import cycle: a.mem → b.mem → a.mem; files must not import each other (move "
                + "what they share into a file both import)"), errors(dir.resolve("a.mem")).subList(0, 1));
        Files.writeString(dir.resolve("self.mem"), "import \"self.mem\"\n");
        assertTrue(errors(dir.resolve("self.mem")).get(0).startsWith("1:8: import cycle: self.mem → self.mem;"));
    }

    @Test
    void emptyBinaryAndMissingImportsAreErrorsThatQuoteNothing(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("empty.mem"), "");
        Files.write(dir.resolve("binary.mem"), new byte[] { 's', 'e', 'c', 'r', 'e', 't', 0, 1, 2 });
        Path spec = dir.resolve("main.mem");
        Files.writeString(spec, "import \"empty.mem\"\nimport \"binary.mem\"\nimport \"gone.mem\"\n");
        assertEquals(List.of("1:8: imported file 'empty.mem' is empty",
                "2:8: imported file 'binary.mem' is not a text file (it holds NUL bytes)",
                "3:8: imported file 'gone.mem' does not exist"), errors(spec));
        assertEquals(List.of("1:1: the file is not a text file (it holds NUL bytes)"),
                errors(dir.resolve("binary.mem")));
    }

    /** A bad cell of a measured curve is reported in the CSV at its line, pointing back at the device. */
    @Test
    void aDataFileProblemIsReportedInTheDataFileAtItsLine(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("curve.csv"), "pulse,g_ltp\n1,1e-9\n2,private-text\n");
        Path spec = dir.resolve("table.mem");
        Files.writeString(spec, "device m : pulse_table { table = \"curve.csv\" v_threshold = 0.5 V "
                + "pulse_width = 1 ms }\n");
        List<SpecIssue> issues = loader.load(spec).issues();
        assertEquals(dir.resolve("curve.csv").toAbsolutePath().normalize() + ":3:1: error: g_ltp is not a number "
                + "(read for " + spec.toAbsolutePath().normalize() + ":1:8)", issues.get(0).toString());
        assertTrue(issues.stream().noneMatch(i -> i.message().contains("private-text")), issues.toString());
    }

    /**
     * Paired pulses at 0 V: the index divides by a zero first response. The cells are empty (not
     * NaN), the summary says why, and the run warns at the measurement.
     */
    @Test
    void aValueThatCannotBeComputedIsAnEmptyCellWithItsReason(@TempDir Path dir) throws Exception {
        Path spec = dir.resolve("zero.mem");
        Files.writeString(spec, """
                device d : soft_bound_pulse { g_min = 1 nS g_max = 100 nS g0 = 1 nS v_threshold = 0.5 V
                    pulse_width = 1 ms states = 50 a_ltp = 8 a_ltd = 3 }
                stimulus pairs : paired { amplitude = 0 V width = 1 ms intervals = [2 ms, 5 ms] rest = 10 ms }
                experiment e { device d apply pairs measure ppf }
                """);
        List<SpecRunner.Outcome> outcomes = runner.run(spec, dir.resolve("out"), OptionalLong.empty(),
                (x, i, n, f) -> {
                });
        List<String> rows = Files.readAllLines(dir.resolve("out/e/ppf.csv"));
        assertEquals(List.of("interval [s],ppf_percent [%],a2_over_a1 [1],pairs [1],fit_percent [%]", "0.002,,,1,",
                "0.005,,,1,"), rows);
        String summary = Files.readString(dir.resolve("out/e/summary.json"));
        assertTrue(summary.contains("\"column\": \"ppf_percent\"") && summary.contains("draws no current"), summary);
        List<String> warnings = outcomes.get(0).warnings().stream().map(SpecIssue::toString).toList();
        assertEquals(3, warnings.size(), warnings.toString());
        assertTrue(warnings.get(0).startsWith(spec.toAbsolutePath().normalize() + ":4:37: warning: ppf.csv: "
                + "ppf_percent has no value in 2 of 2 rows"), warnings.get(0));
    }

    /** Names become folders and files of the results: a 300-character name failed in the file system. */
    @Test
    void aNameTooLongForAFileIsAnErrorAtTheName(@TempDir Path dir) throws Exception {
        Path spec = dir.resolve("long.mem");
        String name = "a".repeat(300);
        Files.writeString(spec, "stimulus " + name + " : pulse { amplitude = 1 V width = 1 ms }\n");
        assertEquals(List.of("1:10: a name is at most 100 characters (it names the folder and files of the results); "
                + "this one has 300"), errors(spec));
    }

    /** A 1 ms pulse after 10¹⁸ s of rest is below the time resolution there: an error, not an empty window. */
    @Test
    void aProtocolBeyondTheTimeResolutionIsAnError(@TempDir Path dir) throws Exception {
        Path spec = dir.resolve("far.mem");
        Files.writeString(spec, """
                device d : soft_bound_pulse { g_min = 1 nS g_max = 100 nS g0 = 1 nS v_threshold = 0.5 V
                    pulse_width = 1 ms states = 50 a_ltp = 8 a_ltd = 3 }
                stimulus p : pulse { amplitude = 1 V width = 1 ms delay = 1e8 s }
                experiment e { device d apply p, p measure epsc }
                """);
        assertEquals(List.of(), errors(spec), "10⁸ s of delay leaves 1 ms resolvable");
        Files.writeString(spec, Files.readString(spec).replace("1e8 s", "1e18 s"));
        List<String> errors = errors(spec);
        assertEquals(1, errors.size(), errors.toString());
        assertTrue(errors.get(0).startsWith("4:12: experiment 'e': the protocol lasts"), errors.get(0));
    }
}
