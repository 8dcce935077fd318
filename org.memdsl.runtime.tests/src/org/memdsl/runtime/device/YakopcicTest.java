package org.memdsl.runtime.device;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.memdsl.runtime.result.TimeSeries;
import org.memdsl.runtime.simulation.ProgressListener;
import org.memdsl.runtime.simulation.SimulationOptions;
import org.memdsl.runtime.simulation.Simulator;
import org.memdsl.runtime.stimulus.AppliedStimulus;
import org.memdsl.runtime.stimulus.PulseTrain;

/**
 * Yakopcic et al., IEEE EDL 32, 1436 (2011), with the paper's parameters: below the window onset
 * ({@code x < x_p}) {@code f = 1}, so under a constant {@code V > V_p} the state grows linearly,
 * {@code x(t) = x0 + A_p·(e^V − e^(V_p))·t}, and {@code I = a1·x·sinh(b·V)}; below both thresholds
 * the state holds.
 */
class YakopcicTest {

    private static final DeviceModel MODEL = new YakopcicFamily().create(Map.of());

    @Test
    void stateGrowsLinearlyBeforeTheWindowAndCurrentFollowsTheSinhLaw() {
        double v = 0.2;
        double rate = 4000 * (Math.exp(v) - Math.exp(0.16));
        double width = (0.29 - 0.11) / rate;
        TimeSeries run = new Simulator(SimulationOptions.sampledEvery(width / 50)).run(MODEL,
                AppliedStimulus.electrical(PulseTrain.single(v, width, 0, 0, 0, 0)), ProgressListener.NONE);
        double[] time = run.column("time");
        double[] x = run.column("x");
        double[] current = run.column("current");
        for (int i = 0; i < run.rows(); i++) {
            double expected = 0.11 + rate * time[i];
            assertEquals(expected, x[i], 1e-9, "x at t = " + time[i]);
            assertEquals(0.17 * expected * Math.sinh(0.05 * v), current[i], 1e-12, "I at t = " + time[i]);
        }
    }

    @Test
    void readBelowTheThresholdsLeavesTheStateAlone() {
        TimeSeries run = new Simulator(SimulationOptions.sampledEvery(1e-3)).run(MODEL,
                AppliedStimulus.electrical(PulseTrain.single(-0.14, 0.05, 0, 0, 0, 0)), ProgressListener.NONE);
        double[] x = run.column("x");
        assertEquals(0.11, x[x.length - 1], 0.0);
        assertEquals(0.17 * 0.11 * Math.sinh(0.05 * -0.14), run.column("current")[1], 1e-15);
    }
}
