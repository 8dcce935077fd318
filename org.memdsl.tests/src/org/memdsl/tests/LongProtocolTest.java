package org.memdsl.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.memdsl.runtime.device.VteamFamily;
import org.memdsl.runtime.result.TimeSeries;
import org.memdsl.runtime.simulation.ProgressListener;
import org.memdsl.runtime.simulation.SimulationOptions;
import org.memdsl.runtime.simulation.Simulator;
import org.memdsl.runtime.stimulus.PairedPulses;
import org.memdsl.runtime.stimulus.Sequence;
import org.memdsl.runtime.stimulus.Stimulus;

/**
 * A long protocol whose pulse times are sums of many periods (a paired-pulse sweep of 20 intervals
 * × 20 pairs, paper A's PPF protocol shape in SEEDS.md): rounding must not produce segments too
 * short to integrate, and every pulse must be seen.
 */
class LongProtocolTest {

    @Test
    void paperAStylePpfSweepRunsToTheEndWithEveryPulse() {
        double[] intervals = new double[20];
        for (int i = 0; i < intervals.length; i++) {
            intervals[i] = 3e-3 * (i + 1);
        }
        Sequence sweep = PairedPulses.of(3.0, 6e-3, 0, intervals, 20, 50e-3);
        TimeSeries run = new Simulator(SimulationOptions.sampledEvery(1e-3)).run(
                new VteamFamily().create(Map.of("w0", 0.5)), Stimulus.electrical(sweep), ProgressListener.NONE);
        double[] time = run.column("time");
        assertEquals(sweep.duration(), time[time.length - 1], 1e-9);
        for (int i = 1; i < time.length; i++) {
            assertTrue(time[i] >= time[i - 1], "time runs forward at row " + i);
        }
        assertEquals(800, sweep.pulseWindows().size());
        double[] voltage = run.column("voltage");
        long plateauRows = 0;
        for (double v : voltage) {
            if (v == 3.0) {
                plateauRows++;
            }
        }
        assertTrue(plateauRows >= 2 * 800, "both ends of every plateau are recorded: " + plateauRows);
    }
}
