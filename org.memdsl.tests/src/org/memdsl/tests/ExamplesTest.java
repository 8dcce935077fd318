package org.memdsl.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
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
import org.memdsl.run.ExperimentRunner;

import com.google.inject.Inject;

/**
 * The shipped paper-A and measured-curve examples run end to end from their {@code .mem} files and
 * give the preset's figures (SEEDS.md A: dark PPF maximum about 250 % at the shortest interval,
 * depression under 30 mW/cm²; BCM sign change higher under light) and the measured curve's figures
 * of merit.
 */
@ExtendWith(InjectionExtension.class)
@InjectWith(MemDslInjectorProvider.class)
class ExamplesTest {

    private static final ExperimentRunner.Progress QUIET = (e, i, n, f) -> {
    };

    @Inject
    private ExperimentRunner runner;

    private static double[] column(Path csv, String name) throws Exception {
        List<String> lines = Files.readAllLines(csv);
        int index = List.of(lines.get(0).split(",")).indexOf(name);
        return lines.subList(1, lines.size()).stream().mapToDouble(l -> Double.parseDouble(l.split(",")[index]))
                .toArray();
    }

    @Test
    void paperAExampleReproducesThePresetFigures(@TempDir Path out) throws Exception {
        runner.run(Path.of("../examples/paper-a-opto-memristor.mem"), out, OptionalLong.empty(), QUIET);
        double[] dark = column(out.resolve("ppf_dark/ppf.csv"), "ppf_percent");
        double[] light = column(out.resolve("ppf_light/ppf.csv"), "ppf_percent");
        assertTrue(dark[0] >= 200 && dark[0] <= 300, "dark PPF at 1 ms: " + dark[0]);
        for (double p : light) {
            assertTrue(p < 0, "depression under light: " + p);
        }
        double darkThreshold = column(out.resolve("bcm_dark/bcm.csv"), "sign_change_frequency")[0];
        double lightThreshold = column(out.resolve("bcm_light/bcm.csv"), "sign_change_frequency")[0];
        assertTrue(lightThreshold >= 1.2 * darkThreshold, darkThreshold + " Hz → " + lightThreshold + " Hz");
        assertTrue(Files.size(out.resolve("hysteresis_dark/hysteresis.png")) > 0);
    }

    @Test
    void measuredSynapseExampleReadsItsTable(@TempDir Path out) throws Exception {
        runner.run(Path.of("../examples/measured-synapse.mem"), out, OptionalLong.empty(), QUIET);
        Path csv = out.resolve("ltp_ltd/ltp_ltd.csv");
        double[] g = column(csv, "conductance");
        assertEquals(34, g.length, "17 up, 17 down");
        assertEquals(0.5 * (1.0e-9 + 2.1e-9), g[0], 1e-18, "first pulse: mean of rows 0 and 1 of the table");
        double a = column(csv, "a_ltp")[0];
        assertTrue(a > 1 && a < 20, "saturating LTP: A = " + a);
    }
}
