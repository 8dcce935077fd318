package org.memdsl.runtime.simulation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.memdsl.runtime.device.BipolarFilamentFamily;
import org.memdsl.runtime.device.VteamFamily;
import org.memdsl.runtime.result.TimeSeries;
import org.memdsl.runtime.stimulus.AppliedStimulus;
import org.memdsl.runtime.stimulus.PairedPulses;
import org.memdsl.runtime.stimulus.ProgrammingMap;
import org.memdsl.runtime.stimulus.Sequence;

/**
 * A long protocol whose pulse times are sums of many periods (a paired-pulse sweep of 20 intervals
 * × 20 pairs, paper A's PPF protocol shape in docs/papers.md): rounding must not produce segments too
 * short to integrate, and every pulse must be seen.
 */
class LongProtocolTest {

    /** 20 pairs of 3 V, 6 ms pulses at each interval 3, 6, … 60 ms, 50 ms apart: the benchmark's sweep. */
    static Sequence ppfSweep() {
        double[] intervals = new double[20];
        for (int i = 0; i < intervals.length; i++) {
            intervals[i] = 3e-3 * (i + 1);
        }
        return PairedPulses.of(3.0, 6e-3, 0, intervals, 20, 50e-3);
    }

    @Test
    void paperAStylePpfSweepRunsToTheEndWithEveryPulse() {
        Sequence sweep = ppfSweep();
        TimeSeries run = new Simulator(SimulationOptions.sampledEvery(1e-3)).run(
                new VteamFamily().create(Map.of("w0", 0.5)), AppliedStimulus.electrical(sweep), ProgressListener.NONE);
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

    /**
     * Regression: a 100 ns pulse three seconds into a sequence of 600 parts, on a cell that switches
     * within nanoseconds (the paper-C cell at 1.4 V). The summed part start times are off by a few
     * ulps, so a drive read only a billionth of the segment inside its start (1e-16 s) missed the
     * pulse at its own first point, and the integrator shrank its step without end.
     */
    @Test
    void shortPulseLateInALongSequenceIsSeenFromItsStart() {
        AppliedStimulus s = AppliedStimulus.electrical(ProgrammingMap.of(new double[] { 1.2, 1.4 }, 200,
                new ProgrammingMap.Timing(100e-9, 10e-3, 0.1, 1e-3, 4e-3, 10e-3), 1.2, -1.7));
        TimeSeries run = new Simulator(SimulationOptions.sampledEvery(1.0)).run(
                new BipolarFilamentFamily().create(Map.of()), s, ProgressListener.NONE);
        double[] time = run.column("time");
        double[] w = run.column("w");
        assertEquals(s.duration(), time[time.length - 1], 1e-9);
        assertTrue(w[w.length - 1] > 0.99, "the 1.4 V pulses set the cell: w = " + w[w.length - 1]);
    }
}
