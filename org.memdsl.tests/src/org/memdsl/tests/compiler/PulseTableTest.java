package org.memdsl.tests.compiler;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;

import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.memdsl.run.SpecErrorsException;
import org.memdsl.run.SpecRunner;
import org.memdsl.runtime.device.DeviceModel;
import org.memdsl.runtime.device.PulseTableFamily;
import org.memdsl.runtime.measurement.EpscPerPulse;
import org.memdsl.runtime.simulation.ProgressListener;
import org.memdsl.runtime.simulation.SimulationOptions;
import org.memdsl.runtime.simulation.Simulator;
import org.memdsl.runtime.stimulus.AppliedStimulus;
import org.memdsl.runtime.stimulus.PulseTrain;
import org.memdsl.runtime.stimulus.Sequence;
import org.memdsl.tests.MemDslInjectorProvider;

import com.google.inject.Inject;

/**
 * The measured-curve synapse: a pulse of the nominal width moves the conductance exactly one row of
 * the user's table (the reference is the table itself), depression follows its own column, and
 * bad tables are refused with the file and line.
 */
@ExtendWith(InjectionExtension.class)
@InjectWith(MemDslInjectorProvider.class)
class PulseTableTest {

    private static final String TABLE = """
            pulse,g_ltp,g_ltd
            # conductance in S after n pulses
            0,1e-9,8e-9
            1,3e-9,5e-9
            2,5e-9,3e-9
            3,6.5e-9,2e-9
            4,8e-9,1e-9
            """;

    @Inject
    private SpecRunner runner;

    @Test
    void eachNominalPulseMovesOneRowAlongItsCurve(@TempDir Path dir) throws Exception {
        Path csv = Files.writeString(dir.resolve("curve.csv"), TABLE);
        DeviceModel model = new PulseTableFamily().create(Map.of("pulse_width", 1e-3, "v_threshold", 0.5),
                Map.of(PulseTableFamily.TABLE, csv));
        // 5 potentiating pulses (the last runs past the end and holds), then 3 depressing ones
        Sequence protocol = new Sequence(List.of(new PulseTrain(1.0, 1e-3, 0, 0, 3e-3, 5, 0, 1e-3),
                new PulseTrain(-1.0, 1e-3, 0, 0, 3e-3, 3, 0, 1e-3)));
        AppliedStimulus stimulus = AppliedStimulus.electrical(protocol);
        var run = new Simulator(SimulationOptions.sampledEvery(1e-4)).run(model, stimulus, ProgressListener.NONE);
        double[] g = run.column("g");
        double[] time = run.column("time");
        double[] after = new double[8];
        int pulse = 0;
        for (var w : stimulus.pulseWindows()) {
            int k = 0;
            while (time[k] < w.end()) {
                k++;
            }
            after[pulse++] = g[k];
        }
        double[] expected = { 3e-9, 5e-9, 6.5e-9, 8e-9, 8e-9, 5e-9, 3e-9, 2e-9 };
        for (int i = 0; i < expected.length; i++) {
            assertEquals(expected[i], after[i], 1e-18, "after pulse " + (i + 1));
        }
        double[] epsc = new EpscPerPulse("epsc", 0).analyse(run, stimulus).column("epsc");
        assertEquals(0.5 * (1e-9 + 3e-9), epsc[0], 1e-18, "mean of a linear ramp from row 0 to row 1, at 1 V");
    }

    @Test
    void aDecreasingPotentiationCurveIsRefusedWithItsLine(@TempDir Path dir) throws Exception {
        Path csv = Files.writeString(dir.resolve("bad.csv"), "pulse,g_ltp\n0,1e-9\n1,3e-9\n2,2e-9\n");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new PulseTableFamily().create(Map.of(), Map.of(PulseTableFamily.TABLE, csv)));
        assertEquals(csv + ":4: g_ltp must not decrease with pulse number", e.getMessage());
    }

    @Test
    void specRunsWithATableNextToItAndReportsAMissingOne(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("curve.csv"), TABLE);
        String spec = """
                device measured : pulse_table {
                    table = "curve.csv"
                    pulse_width = 1 ms
                }
                stimulus up : train { amplitude = 1 V  width = 1 ms  frequency = 200 Hz  count = 4 }
                experiment ltp {
                    device measured
                    apply up
                    measure epsc
                }
                """;
        Path mem = Files.writeString(dir.resolve("ltp.mem"), spec);
        runner.run(mem, dir.resolve("out"), OptionalLong.empty(), (x, i, n, f) -> {
        });
        List<String> epsc = Files.readAllLines(dir.resolve("out/ltp/epsc.csv"));
        assertEquals(5, epsc.size());
        assertEquals(0.5 * (6.5e-9 + 8e-9), Double.parseDouble(epsc.get(4).split(",")[1]), 1e-18);

        Path broken = Files.writeString(dir.resolve("broken.mem"), spec.replace("curve.csv", "missing.csv"));
        SpecErrorsException e = assertThrows(SpecErrorsException.class,
                () -> runner.run(broken, dir.resolve("out2"), OptionalLong.empty(), (x, i, n, f) -> {
                }));
        String issue = e.issues().get(0).toString();
        assertTrue(issue.contains("broken.mem:") && issue.contains("missing.csv")
                && issue.contains("no such file"), issue);
    }
}
