package org.memdsl.tests.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

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
}
