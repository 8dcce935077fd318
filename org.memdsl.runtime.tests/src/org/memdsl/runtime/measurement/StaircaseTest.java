package org.memdsl.runtime.measurement;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.memdsl.runtime.device.VteamFamily;
import org.memdsl.runtime.device.VteamModel;
import org.memdsl.runtime.result.ResultTable;
import org.memdsl.runtime.simulation.ProgressListener;
import org.memdsl.runtime.simulation.SimulationOptions;
import org.memdsl.runtime.simulation.Simulator;
import org.memdsl.runtime.stimulus.AppliedStimulus;
import org.memdsl.runtime.stimulus.StaircaseSweep;

/**
 * The staircase of paper C (docs/papers.md: 0 → +1.5 → 0 → −1.5 → 0 V in 20 mV steps) and the
 * quasi-static I–V it gives on a device that does not switch in that range: Ohm's law per level.
 */
class StaircaseTest {

    @Test
    void paperCStaircaseHasTheExpectedLevels() {
        double[] levels = new StaircaseSweep(1.5, -1.5, 0.02, 1e-3, 1).levels();
        assertEquals(76 + 150 + 74 + 1, levels.length, "up 0..1.5, down to -1.5, up to -0.02, final 0");
        assertEquals(0.0, levels[0]);
        assertEquals(1.5, levels[75], 1e-12);
        assertEquals(-1.5, levels[225], 1e-12);
        assertEquals(0.0, levels[levels.length - 1]);
        for (int k = 1; k < levels.length; k++) {
            assertEquals(0.02, Math.abs(levels[k] - levels[k - 1]), 1e-12, "one step between levels " + k);
        }
    }

    @Test
    void stepIvOfANonSwitchingDeviceIsOhmsLawAtEveryLevel() {
        VteamModel m = (VteamModel) new VteamFamily().create(Map.of("v_on", -2.0, "v_off", 2.0, "w0", 0.25));
        StaircaseSweep sweep = new StaircaseSweep(1.5, -1.5, 0.02, 1e-3, 1);
        AppliedStimulus stimulus = AppliedStimulus.electrical(sweep);
        ResultTable iv = new StepIv("iv", 0.5).analyse(
                new Simulator(SimulationOptions.sampledEvery(5e-4)).run(m, stimulus, ProgressListener.NONE), stimulus);
        double r = m.resistance(0.25);
        double[] levels = sweep.levels();
        for (int k = 0; k < levels.length; k++) {
            assertEquals(levels[k], iv.column("voltage")[k]);
            assertEquals(levels[k] / r, iv.column("current")[k], 1e-12 / r, "level " + k);
        }
    }
}
