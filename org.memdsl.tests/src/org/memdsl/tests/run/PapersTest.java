package org.memdsl.tests.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;
import java.util.stream.Stream;

import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.memdsl.run.CheckedExpectation;
import org.memdsl.run.SpecRunner;
import org.memdsl.runtime.output.ExpectationsWriter;
import org.memdsl.tests.MemDslInjectorProvider;

import com.google.inject.Inject;

/**
 * Every figure of the four papers that the language can express, one file each in
 * {@code examples/papers/}, runs and reproduces the paper's numbers its {@code expect} lines state,
 * with the tolerances of docs/calibration.md (each file names its source in docs/papers.md), and
 * writes outputs that follow {@link OutputRules}.
 */
@ExtendWith(InjectionExtension.class)
@InjectWith(MemDslInjectorProvider.class)
class PapersTest {

    static final Path PAPERS = Path.of("../examples/papers");

    @Inject
    private SpecRunner runner;

    static Stream<String> papers() throws Exception {
        try (Stream<Path> files = Files.list(PAPERS)) {
            List<String> names = files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".mem")).sorted()
                    .toList();
            assertTrue(names.size() >= 8, "the figures of all four papers: " + names);
            return names.stream();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("papers")
    void reproducesThePapersNumbers(String file, @TempDir Path out) throws Exception {
        List<SpecRunner.Outcome> outcomes = runner.run(PAPERS.resolve(file), out, OptionalLong.empty(),
                (e, i, n, f) -> { });
        List<String> missed = new ArrayList<>();
        int expectations = 0;
        for (SpecRunner.Outcome outcome : outcomes) {
            for (CheckedExpectation e : outcome.expectations()) {
                expectations++;
                if (!e.met()) {
                    missed.add(e.toString());
                }
            }
            if (!outcome.expectations().isEmpty()) {
                assertTrue(Files.exists(outcome.directory().resolve(ExpectationsWriter.FILE)), outcome.experiment());
            }
        }
        assertEquals(List.of(), missed, file);
        assertEquals(List.of(), OutputRules.violations(outcomes, out), file + ": the outputs' rules");
        assertTrue(expectations > 0 || file.contains("impedance"), file + " states the paper's numbers");
    }
}
