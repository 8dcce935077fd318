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
        List<String> errors = loader.load(spec).issues().stream().filter(i -> i.severity() == SpecIssue.Severity.ERROR)
                .map(i -> i.line() + ":" + i.column() + ": " + i.message()).toList();
        assertEquals("1:46: '1e309' is too large for a number (the largest is about 1.8e308)", errors.get(0),
                errors.toString());
    }

    private List<String> errors(Path spec) throws Exception {
        return loader.load(spec).issues().stream().filter(i -> i.severity() == SpecIssue.Severity.ERROR)
                .map(i -> i.line() + ":" + i.column() + ": " + i.message()).toList();
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

    /** An import names a file: a URL or a NUL character is an error at the import, and nothing is fetched. */
    @Test
    void anImportThatIsNoFileNameIsAnErrorAtTheImport(@TempDir Path dir) throws Exception {
        Path spec = dir.resolve("imports.mem");
        for (String name : List.of("http://127.0.0.1:9/x.mem", "a\0b.mem")) {
            Files.writeString(spec, "import \"" + name + "\"\nstimulus p : pulse { amplitude = 1 V width = 1 ms }\n");
            List<String> errors = errors(spec);
            assertTrue(errors.stream().anyMatch(e -> e.startsWith("1:1: ") && e.contains("is not a file name")),
                    name + ": " + errors);
        }
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
        assertTrue(errors.stream().anyMatch(e -> e.startsWith("1:1: ") && e.contains("not a regular file")),
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
}
