package org.memdsl.runtime.device;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.memdsl.runtime.measurement.EnergyPerPulse;
import org.memdsl.runtime.measurement.PairedPulseFacilitation;
import org.memdsl.runtime.result.ResultTable;
import org.memdsl.runtime.result.TimeSeries;
import org.memdsl.runtime.simulation.ProgressListener;
import org.memdsl.runtime.simulation.SimulationOptions;
import org.memdsl.runtime.simulation.Simulator;
import org.memdsl.runtime.stimulus.AppliedStimulus;
import org.memdsl.runtime.stimulus.PairedPulses;
import org.memdsl.runtime.stimulus.PulseTrain;
import org.memdsl.runtime.stimulus.PulseWindow;
import org.memdsl.runtime.stimulus.Sequence;
import org.memdsl.runtime.stimulus.Waveform;

/**
 * The pulse-update model against NeuroSim's closed-form LTP/LTD curves (Chen, Peng &amp; Yu, IEEE
 * TCAD 37, 3067 (2018)), and the energy and PPF measurements against hand-derived values for it.
 * Conductances are compared to 1e-8 of g_max: the integrator's relative tolerance (1e-9) summed
 * over up to 50 pulses.
 */
class SoftBoundPulseTest {

    private static final double TAU = 1e-3;
    private static final double G_MIN = 1e-9;
    private static final double G_MAX = 1e-7;
    private static final double A = 8;

    private static SoftBoundPulseModel model(double g0) {
        return (SoftBoundPulseModel) new SoftBoundPulseFamily().create(Map.of("g_min", G_MIN, "g_max", G_MAX,
                "g0", g0, "v_threshold", 0.5, "pulse_width", TAU, "states", 50.0, "a_ltp", A, "a_ltd", 3.0));
    }

    private static TimeSeries run(SoftBoundPulseModel model, Waveform voltage) {
        return new Simulator(SimulationOptions.sampledEvery(1e-4)).run(model, AppliedStimulus.electrical(voltage),
                ProgressListener.NONE);
    }

    /** State at the end of each pulse plateau (recorded exactly there: it is a breakpoint). */
    private static double[] stateAfterEachPulse(TimeSeries run, List<PulseWindow> windows) {
        double[] time = run.column("time");
        double[] g = run.column("g");
        double[] out = new double[windows.size()];
        for (int k = 0; k < windows.size(); k++) {
            int i = 0;
            while (time[i] < windows.get(k).end()) {
                i++;
            }
            out[k] = g[i];
        }
        return out;
    }

    @Test
    void potentiationFollowsTheNeuroSimCurvePulseByPulse() {
        SoftBoundPulseModel m = model(G_MIN);
        PulseTrain train = new PulseTrain(1.0, TAU, 0, 0, 3 * TAU, 50, 0, TAU);
        double[] g = stateAfterEachPulse(run(m, train), train.pulseWindows());
        for (int k = 1; k <= 50; k++) {
            assertEquals(m.ltpCurve(k), g[k - 1], 1e-8 * G_MAX, "after pulse " + k);
        }
        assertEquals(G_MAX, g[49], 1e-8 * G_MAX, "P_max pulses reach g_max");
    }

    @Test
    void depressionFollowsItsOwnCurveAndReadPulsesDoNotDisturb() {
        SoftBoundPulseModel m = model(G_MAX);
        PulseTrain reads = new PulseTrain(0.2, TAU, 0, 0, 2 * TAU, 5, 0, TAU);
        PulseTrain depress = new PulseTrain(-1.0, TAU, 0, 0, 3 * TAU, 10, 0, TAU);
        Sequence protocol = new Sequence(List.of(reads, depress));
        double[] g = stateAfterEachPulse(run(m, protocol), protocol.pulseWindows());
        for (int k = 0; k < 5; k++) {
            assertEquals(G_MAX, g[k], 1e-12 * G_MAX, "a read below threshold leaves the state");
        }
        for (int n = 1; n <= 10; n++) {
            assertEquals(m.ltdCurve(n), g[4 + n], 1e-8 * G_MAX, "after depression pulse " + n);
        }
    }

    @Test
    void energyOfAReadPulseIsGV2t() {
        double g0 = 4e-8;
        PulseTrain reads = new PulseTrain(0.3, 2e-3, 0, 0, 5e-3, 3, 1e-3, 1e-3);
        ResultTable e = new EnergyPerPulse("energy").analyse(run(model(g0), reads), AppliedStimulus.electrical(reads));
        for (double energy : e.column("energy")) {
            assertEquals(g0 * 0.3 * 0.3 * 2e-3, energy, 1e-12 * energy);
        }
    }

    /**
     * During a pulse {@code G(t) = T − (T − G_s)·e^(−t/(A·τ))}, so the plateau mean is
     * {@code T − (T − G_s)·A·(1 − e^(−1/A))} and the pulse ends at {@code T − (T − G_s)·e^(−1/A)}.
     */
    @Test
    void ppfIndexAndRatioPerIntervalMatchTheAnalyticMeans() {
        SoftBoundPulseModel m = model(G_MIN);
        double target = m.ltpCurve(1e9);
        double v = 1.0;
        Sequence pairs = PairedPulses.of(v, TAU, 0, new double[] { 2e-3, 5e-3 }, 1, 10e-3);
        ResultTable ppf = new PairedPulseFacilitation("ppf").analyse(run(m, pairs), AppliedStimulus.electrical(pairs));

        double g = G_MIN;
        double[] expectedIndex = new double[2];
        double[] expectedRatio = new double[2];
        for (int pair = 0; pair < 2; pair++) {
            double i1 = v * (target - (target - g) * A * (1 - Math.exp(-1 / A)));
            g = target - (target - g) * Math.exp(-1 / A);
            double i2 = v * (target - (target - g) * A * (1 - Math.exp(-1 / A)));
            g = target - (target - g) * Math.exp(-1 / A);
            expectedIndex[pair] = 100 * (i2 - i1) / i1;
            expectedRatio[pair] = i2 / i1;
        }
        assertEquals(2e-3, ppf.column("interval")[0], 1e-15);
        assertEquals(5e-3, ppf.column("interval")[1], 1e-15);
        for (int r = 0; r < 2; r++) {
            assertEquals(expectedIndex[r], ppf.column("ppf_percent")[r], 1e-6);
            assertEquals(expectedRatio[r], ppf.column("a2_over_a1")[r], 1e-8);
            assertEquals(1, ppf.column("pairs")[r]);
        }
        assertTrue(ppf.scalar("fit_tau1").orElseThrow().isMissing());
        assertTrue(ppf.scalar("fit_tau1").orElseThrow().note().contains("at least 5 intervals, got 2"),
                "two intervals are too few for a fit, and the summary says so");
    }
}
