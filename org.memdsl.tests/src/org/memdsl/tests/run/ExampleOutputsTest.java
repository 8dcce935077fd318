package org.memdsl.tests.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.OptionalLong;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

import org.eclipse.xtext.EcoreUtil2;
import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.memdsl.memDsl.Measurement;
import org.memdsl.run.LoadedSpec;
import org.memdsl.run.SpecLoader;
import org.memdsl.run.SpecRunner;
import org.memdsl.runtime.measurement.MeasurementKind;
import org.memdsl.runtime.measurement.MeasurementKinds;
import org.memdsl.tests.MemDslInjectorProvider;

import com.google.inject.Inject;

/**
 * Every shipped example (the top-level files of {@code examples/}; the paper files are checked by
 * {@link PapersTest}) runs and its outputs follow {@link OutputRules}: units in every header, the
 * spec's numbers without rounding noise, summaries, the report, and every figure in three formats
 * with readable axes. Together the examples measure every measurement kind, so every kind's figure
 * is drawn and checked here.
 */
@ExtendWith(InjectionExtension.class)
@InjectWith(MemDslInjectorProvider.class)
class ExampleOutputsTest {

    static final Path EXAMPLES = Path.of("../examples");

    /** Three minutes of training: {@link PaperCNetworkTest} runs it and checks its outputs by the same rules. */
    static final String PAPER_C_NETWORK = "paper-c-snn.mem";

    /** Eight trainings of that network (five minutes on two cores): checked by hand and by bench-study. */
    static final String PAPER_C_NETWORK_STUDY = "paper-c-snn-study.mem";

    @Inject
    private SpecRunner runner;

    @Inject
    private SpecLoader loader;

    static Stream<String> examples() throws Exception {
        try (Stream<Path> files = Files.list(EXAMPLES)) {
            return files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".mem"))
                    .filter(n -> !n.equals("devices.mem") && !n.equals(PAPER_C_NETWORK)
                            && !n.equals(PAPER_C_NETWORK_STUDY)).sorted().toList().stream();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("examples")
    void outputsFollowTheRules(String file, @TempDir Path out) throws Exception {
        List<SpecRunner.Outcome> outcomes = runner.run(EXAMPLES.resolve(file), out, OptionalLong.empty(),
                (e, i, n, f) -> { });
        assertEquals(List.of(), OutputRules.violations(outcomes, out), file);
    }

    /** A new measurement kind needs an example that measures it, so its figure is checked above. */
    @Test
    void theExamplesMeasureEveryKind() throws Exception {
        Set<String> measured = new TreeSet<>();
        try (Stream<Path> files = Stream.concat(Files.list(EXAMPLES), Files.list(PapersTest.PAPERS))) {
            for (Path file : files.filter(p -> p.toString().endsWith(".mem")).toList()) {
                LoadedSpec spec = loader.load(file);
                EcoreUtil2.getAllContentsOfType(spec.model(), Measurement.class)
                        .forEach(m -> measured.add(m.getKind()));
            }
        }
        Set<String> kinds = new TreeSet<>(MeasurementKinds.CATALOGUE.all().stream().map(MeasurementKind::name)
                .toList());
        kinds.removeAll(measured);
        assertTrue(kinds.isEmpty(), "measurement kinds no shipped example measures: " + kinds);
    }
}
