package org.memdsl.runtime.device;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.memdsl.runtime.result.TimeSeries;
import org.memdsl.runtime.simulation.ProgressListener;
import org.memdsl.runtime.simulation.SimulationOptions;
import org.memdsl.runtime.simulation.Simulator;
import org.memdsl.runtime.stimulus.AppliedStimulus;
import org.memdsl.runtime.stimulus.PulseTrain;
import org.memdsl.runtime.stimulus.Sequence;

/**
 * VTEAM (Kvatinsky et al., IEEE TCAS-II 62, 786 (2015)) against its closed form: at a constant
 * voltage beyond a threshold the state moves linearly, {@code w(t) = w0 + k·(v/v_th − 1)^α·t},
 * and between the thresholds it does not move.
 */
class VteamTest {

    private static VteamModel model() {
        return (VteamModel) new VteamFamily().create(Map.of("v_on", -0.4, "v_off", 0.5, "k_on", -2000.0,
                "k_off", 500.0, "alpha_on", 2.0, "alpha_off", 3.0, "w0", 0.5));
    }

    @Test
    void stateMovesLinearlyBeyondThresholdsAndHoldsBetween() {
        VteamModel m = model();
        // 0.3 V read (below v_off), then +0.8 V for 2 ms, then -0.6 V for 1 ms.
        PulseTrain read = PulseTrain.single(0.3, 5e-3, 0, 0, 0, 1e-3);
        PulseTrain reset = PulseTrain.single(0.8, 2e-3, 0, 0, 0, 1e-3);
        PulseTrain set = PulseTrain.single(-0.6, 1e-3, 0, 0, 0, 1e-3);
        TimeSeries run = new Simulator(SimulationOptions.sampledEvery(1e-4))
                .run(m, AppliedStimulus.electrical(new Sequence(List.of(read, reset, set))), ProgressListener.NONE);
        double[] time = run.column("time");
        double[] w = run.column("w");
        double[] current = run.column("current");

        double afterReset = 0.5 + 500 * Math.pow(0.8 / 0.5 - 1, 3) * 2e-3;
        double afterSet = afterReset + (-2000) * Math.pow(-0.6 / -0.4 - 1, 2) * 1e-3;
        assertEquals(0.5 + 0.216, afterReset, 1e-12, "hand check: 500/s · 0.6³ · 2 ms = 0.216");
        for (int i = 0; i < time.length; i++) {
            double t = time[i];
            double expected;
            if (t <= 6e-3) {
                expected = 0.5;
            } else if (t <= 8e-3) {
                expected = 0.5 + 500 * Math.pow(0.6, 3) * (t - 6e-3);
            } else if (t <= 9e-3) {
                expected = afterReset;
            } else if (t <= 10e-3) {
                expected = afterReset - 2000 * 0.25 * (t - 9e-3);
            } else {
                expected = afterSet;
            }
            assertEquals(expected, w[i], 1e-10, "w at t = " + t);
        }
        int readSample = 10;
        assertEquals(0.3 / m.resistance(0.5), current[readSample], 1e-18, "read current through R(w0)");
    }
}
