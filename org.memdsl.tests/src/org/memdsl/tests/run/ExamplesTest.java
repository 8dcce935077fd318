package org.memdsl.tests.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.OptionalLong;

import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.memdsl.run.SpecRunner;
import org.memdsl.runtime.testdata.Datasets;
import org.memdsl.tests.MemDslInjectorProvider;

import com.google.inject.Inject;

/**
 * The shipped paper-A and measured-curve examples run end to end from their {@code .mem} files and
 * give the preset's figures (docs/papers.md#paper-a: dark PPF maximum about 250 % at the shortest interval,
 * depression under 30 mW/cm²; BCM sign change higher under light) and the measured curve's figures
 * of merit.
 */
@ExtendWith(InjectionExtension.class)
@InjectWith(MemDslInjectorProvider.class)
class ExamplesTest {

    private static final SpecRunner.Progress QUIET = (e, i, n, f) -> {
    };

    @Inject
    private SpecRunner runner;

    @Test
    void paperAExampleReproducesThePresetFigures(@TempDir Path out) throws Exception {
        runner.run(Path.of("../examples/paper-a-opto-memristor.mem"), out, OptionalLong.empty(), QUIET);
        double[] dark = ResultFiles.column(out.resolve("ppf_dark/ppf.csv"), "ppf_percent");
        double[] light = ResultFiles.column(out.resolve("ppf_light/ppf.csv"), "ppf_percent");
        assertTrue(dark[0] >= 200 && dark[0] <= 300, "dark PPF at 1 ms: " + dark[0]);
        for (double p : light) {
            assertTrue(p < 0, "depression under light: " + p);
        }
        double darkThreshold = ResultFiles.scalar(out.resolve("bcm_dark"), "bcm", "sign_change_frequency");
        double lightThreshold = ResultFiles.scalar(out.resolve("bcm_light"), "bcm", "sign_change_frequency");
        assertTrue(lightThreshold >= 1.2 * darkThreshold, darkThreshold + " Hz → " + lightThreshold + " Hz");
        assertTrue(Files.size(out.resolve("hysteresis_dark/hysteresis.png")) > 0);
    }

    /**
     * docs/papers.md#paper-c: set +0.96 V, reset −1.21 V (± 0.1 V,
     * docs/calibration.md#bipolar_filament), 14 fJ/µm² over 10⁴ µm² for the 100 ns set (± 30 %),
     * analog programming windows +1.0…+1.2 V and −0.4…−1.5 V. {@code on_off} reads at 10 % of the
     * sweep (0.15 V), where the HRS is already a little space-charge limited, so its ratio is
     * below the 10⁵ read at 0.1 V ({@code BipolarFilamentPresetTest}).
     */
    @Test
    void paperCExampleSweepsAndSets(@TempDir Path out) throws Exception {
        runner.run(Path.of("../examples/paper-c-dot-cell.mem"), out, OptionalLong.empty(), QUIET);
        double[] voltage = ResultFiles.column(out.resolve("dc_sweep/switching.csv"), "voltage");
        assertEquals(0.96, voltage[0], 0.1);
        assertEquals(-1.21, voltage[1], 0.1);
        double onOff = ResultFiles.column(out.resolve("dc_sweep/on_off.csv"), "on_off")[0];
        assertTrue(onOff >= 5e4 && onOff < 1.3e5, "on/off at 0.15 V: " + onOff);
        double energy = ResultFiles.column(out.resolve("fast_set/energy.csv"), "energy")[0];
        assertEquals(14, energy / 1e4 * 1e15, 0.3 * 14);
        double[] amplitude = ResultFiles.column(out.resolve("programming_window/programming_window.csv"), "amplitude");
        double[] cls = ResultFiles.column(out.resolve("programming_window/programming_window.csv"), "class");
        java.util.Map<Double, Double> classes = new java.util.HashMap<>();
        for (int r = 0; r < amplitude.length; r++) {
            classes.put(amplitude[r], cls[r]);
        }
        double[][] expected = { { 0.9, 0 }, { 1.0, 1 }, { 1.2, 1 }, { 1.3, 2 }, { -0.3, 0 }, { -0.4, 1 }, { -1.5, 1 },
            { -1.6, 2 } };
        for (double[] e : expected) {
            assertEquals(e[1], classes.get(e[0]), "class (0 none, 1 analog, 2 digital) at " + e[0] + " V");
        }
    }

    /** docs/papers.md#paper-d: light pulses potentiate the photo-synapse (every EPSC above the one before). */
    @Test
    void paperDExampleLearnsFromLightPulses(@TempDir Path out) throws Exception {
        runner.run(Path.of("../examples/paper-d-phototransistor.mem"), out, OptionalLong.empty(), QUIET);
        double[] epsc = ResultFiles.column(out.resolve("learning/epsc.csv"), "epsc");
        assertEquals(20, epsc.length, "one EPSC per light pulse");
        for (int k = 1; k < epsc.length; k++) {
            assertTrue(epsc[k] > epsc[k - 1], "potentiation: " + epsc[k - 1] + " → " + epsc[k]);
        }
    }

    @Test
    void measuredSynapseExampleReadsItsTable(@TempDir Path out) throws Exception {
        runner.run(Path.of("../examples/measured-synapse.mem"), out, OptionalLong.empty(), QUIET);
        Path csv = out.resolve("ltp_ltd/ltp_ltd.csv");
        double[] g = ResultFiles.column(csv, "conductance");
        assertEquals(34, g.length, "17 up, 17 down");
        assertEquals(0.5 * (1.0e-9 + 2.1e-9), g[0], 1e-18, "first pulse: mean of rows 0 and 1 of the table");
        double a = ResultFiles.scalar(out.resolve("ltp_ltd"), "ltp_ltd", "a_ltp");
        assertTrue(a > 1 && a < 20, "saturating LTP: A = " + a);
    }

    /**
     * The device-aware perceptron from its {@code .mem} file (NeuroSim methodology, docs/models.md#chen-2018: Chen,
     * Peng &amp; Yu, IEEE TCAD 37, 3067 (2018)): 2000/500 MNIST digits, three epochs. Nearly linear
     * device curves (A = 1000) learn to at least 85 %; strongly nonlinear ones (A = 2) lose more than
     * 20 points, the trend of NeuroSim's accuracy-vs-nonlinearity studies.
     */
    @Test
    void deviceMlpExampleLearnsWorseWithNonlinearDevices(@TempDir Path out) throws Exception {
        Datasets.require(Datasets.MNIST);
        runner.run(Path.of("../examples/device-mlp.mem"), out, OptionalLong.empty(), QUIET);
        double[] linear = ResultFiles.column(out.resolve("mlp_linear/accuracy.csv"), "accuracy");
        double[] nonlinear = ResultFiles.column(out.resolve("mlp_nonlinear/accuracy.csv"), "accuracy");
        assertEquals(3, linear.length, "one test accuracy per epoch");
        assertTrue(linear[2] >= 0.85, "linear devices: " + linear[2]);
        assertTrue(nonlinear[2] < linear[2] - 0.2, "nonlinear devices: " + nonlinear[2] + " vs " + linear[2]);
        double[] g = ResultFiles.column(out.resolve("mlp_linear/synapse_curves.csv"), "g_ltp");
        assertEquals(65, g.length, "64 pulses and the start");
        assertEquals(100e-9, g[64], 1e-12, "the curve ends at g_max");
    }
}
