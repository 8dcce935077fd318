package org.memdsl.runtime.stimulus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.memdsl.runtime.device.SoftBoundPulseFamily;
import org.memdsl.runtime.device.SoftBoundPulseModel;
import org.memdsl.runtime.measurement.BcmWeightChange;
import org.memdsl.runtime.result.ResultTable;
import org.memdsl.runtime.simulation.ProgressListener;
import org.memdsl.runtime.simulation.SimulationOptions;
import org.memdsl.runtime.simulation.Simulator;

/**
 * Rate protocols of paper A (docs/papers.md): the SRDP sequence 1 → 2.5 → 4 → 2.5 → 1 kHz with equal
 * segment durations, and the BCM weight change {@code 100·(I_last − I_first)/I_first} from the
 * first and last 5 pulses of each train, checked on the NeuroSim curve where every EPSC is known in
 * closed form.
 */
class RateProtocolTest {

    @Test
    void srdpSegmentsHavePulseCountsProportionalToFrequency() {
        Sequence srdp = RateProtocols.segments(4.0, 200e-6, new double[] { 1e3, 2.5e3, 4e3, 2.5e3, 1e3 }, 20e-3);
        assertEquals(0.1, srdp.duration(), 1e-15, "five 20 ms segments");
        int[] counts = new int[5];
        for (PulseWindow w : srdp.pulseWindows()) {
            counts[w.group()]++;
            assertEquals(200e-6, w.width(), 1e-15);
        }
        assertEquals(List.of(20, 50, 80, 50, 20), List.of(counts[0], counts[1], counts[2], counts[3], counts[4]));
    }

    /**
     * During a pulse of width τ from {@code G_s}: mean {@code G = T − (T − G_s)·A·(1 − e^(−1/A))},
     * end {@code G = T − (T − G_s)·e^(−1/A)} (the state carries over from train to train).
     */
    @Test
    void bcmWeightChangePerTrainMatchesTheClosedFormEpscs() {
        double a = 10;
        double tau = 1e-3;
        SoftBoundPulseModel m = (SoftBoundPulseModel) new SoftBoundPulseFamily().create(Map.of("g_min", 1e-9,
                "g_max", 1e-7, "g0", 1e-9, "pulse_width", tau, "states", 200.0, "a_ltp", a));
        double[] frequencies = { 100, 200, 500 };
        Sequence trains = RateProtocols.trains(1.0, tau, frequencies, 20, 10e-3);
        AppliedStimulus stimulus = AppliedStimulus.electrical(trains);
        ResultTable bcm = new BcmWeightChange("bcm", 5).analyse(
                new Simulator(SimulationOptions.sampledEvery(1e-3)).run(m, stimulus, ProgressListener.NONE),
                stimulus);

        double target = m.ltpCurve(1e12);
        double g = 1e-9;
        double[] epsc = new double[60];
        for (int p = 0; p < 60; p++) {
            epsc[p] = target - (target - g) * a * (1 - Math.exp(-1 / a));
            g = target - (target - g) * Math.exp(-1 / a);
        }
        for (int train = 0; train < 3; train++) {
            double first = 0;
            double last = 0;
            for (int k = 0; k < 5; k++) {
                first += epsc[20 * train + k] / 5;
                last += epsc[20 * train + 15 + k] / 5;
            }
            assertEquals(frequencies[train], bcm.column("frequency")[train], 1e-9 * frequencies[train]);
            assertEquals(100 * (last - first) / first, bcm.column("weight_change_percent")[train], 1e-6,
                    "train " + train);
        }
        assertTrue(bcm.scalar("sign_change_frequency").orElseThrow().isMissing(),
                "a device without volatility potentiates at every frequency: no sign change");
    }
}
