package org.memdsl.runtime.measurement;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.memdsl.runtime.device.OptoMemristorFamily;
import org.memdsl.runtime.device.SoftBoundPulseFamily;
import org.memdsl.runtime.device.SoftBoundPulseModel;
import org.memdsl.runtime.result.ResultTable;
import org.memdsl.runtime.result.TimeSeries;
import org.memdsl.runtime.simulation.ProgressListener;
import org.memdsl.runtime.simulation.SimulationOptions;
import org.memdsl.runtime.simulation.Simulator;
import org.memdsl.runtime.stimulus.AppliedStimulus;
import org.memdsl.runtime.stimulus.Bias;
import org.memdsl.runtime.stimulus.PulseTrain;
import org.memdsl.runtime.stimulus.PulseWindow;
import org.memdsl.runtime.stimulus.SpikePair;
import org.memdsl.runtime.stimulus.StdpProtocol;

/**
 * Spike-timing and optical-pulse stimuli. STDP: spikes of +0.4 V after a −0.2 V undershoot, 1 ms
 * each phase, on a NeuroSim synapse with a 0.5 V threshold; only the overlap of a causal (anti-causal)
 * pair reaches +0.6 V (−0.6 V), for {@code min(|Δt|, 2 ms − |Δt|)}, so the expected weights follow the NeuroSim
 * curves in closed form. Light pulses under a read bias: the photocurrent term of the paper-A model
 * the photo-capacitance's conductance and the light gain of the screening conductance are
 * instantaneous, so the current jumps by exactly
 * {@code g_photo·p·V + p·(V − v_pc)/R_pc + g_s·γ_s·p·V_s·sinh((V − s)/V_s)} at a light edge
 * ({@code p = P/P_ref}).
 */
class StdpAndLightPulseTest {

    @Test
    void spikePairOverlapsOnlyWhenCloserThanTwoWidths() {
        SpikePair causal = new SpikePair(0.4, 0.2, 1e-3, 0.5e-3);
        assertEquals(0.6, causal.value(1.25e-3), 1e-15, "pre positive over post undershoot");
        assertEquals(0.0, causal.value(0.75e-3), 1e-15, "both undershoots");
        assertEquals(-0.4, causal.value(2.25e-3), 1e-15, "post positive alone");
        assertEquals(-0.6, new SpikePair(0.4, 0.2, 1e-3, -0.5e-3).value(1.25e-3), 1e-15, "anti-causal mirror");
    }

    @Test
    void stdpWindowFollowsTheClosedFormOfTheOverlaps() {
        double a = 8;
        double g0 = 1e-8;
        SoftBoundPulseModel model = (SoftBoundPulseModel) new SoftBoundPulseFamily().create(Map.of("g_min", 1e-9,
                "g_max", 1e-7, "g0", g0, "v_threshold", 0.5, "pulse_width", 1e-3, "states", 64.0, "a_ltp", a,
                "a_ltd", a));
        double[] deltas = { -0.5e-3, 3e-3, 0.25e-3 };
        StdpProtocol protocol = new StdpProtocol(new SpikePair(0.4, 0.2, 1e-3, 0), deltas, 1, 0.1, 1e-3, 1e-3, 2e-3);
        AppliedStimulus stimulus = AppliedStimulus.electrical(protocol);
        TimeSeries run = new Simulator(SimulationOptions.sampledEvery(1e-4)).run(model, stimulus,
                ProgressListener.NONE);
        ResultTable window = new StdpWindow("stdp").analyse(run, stimulus);

        double targetLtp = model.ltpCurve(1e12);
        double targetLtd = model.ltdCurve(1e12);
        double afterDepression = targetLtd - (targetLtd - g0) * Math.exp(-0.5 / a);
        double afterPotentiation = targetLtp - (targetLtp - afterDepression) * Math.exp(-0.25 / a);
        assertArrayEquals(new double[] { -0.5e-3, 0.25e-3, 3e-3 }, window.column("delta_t"), 1e-15);
        double[] change = window.column("weight_change_percent");
        assertEquals(100 * (afterDepression - g0) / g0, change[0], 1e-9, "anti-causal depresses");
        assertEquals(100 * (afterPotentiation - afterDepression) / afterDepression, change[1], 1e-9,
                "causal potentiates");
        assertEquals(0.0, change[2], 1e-12, "no overlap, no change");
    }

    @Test
    void lightPulsesUnderABiasAreThePulseWindowsAndAddThePhotocurrent() {
        var model = new OptoMemristorFamily().create(Map.of("g_photo", 3.6e-8, "g_s", 3.9e-14, "light_screening", 1.0,
                "v_s", 0.3, "r_pc", 5e7));
        PulseTrain light = new PulseTrain(150, 5e-3, 0, 0, 20e-3, 4, 5e-3, 5e-3);
        AppliedStimulus stimulus = new AppliedStimulus(new Bias(0.5, light.duration()), Optional.of(light), 532e-9,
                300);
        List<PulseWindow> windows = stimulus.pulseWindows();
        assertEquals(4, windows.size());
        assertEquals(150, windows.get(0).amplitude());

        TimeSeries run = new Simulator(SimulationOptions.sampledEvery(1e-3)).run(model, stimulus,
                ProgressListener.NONE);
        double[] time = run.column("time");
        double[] current = run.column("current");
        int k = 0;
        while (time[k] < 5e-3 || time[k + 1] != time[k]) {
            k++;
        }
        double s = run.column("s")[k];
        double photoCapacitor = run.column("v_pc")[k];
        double expected = 3.6e-8 * 0.5 * 0.5 + 0.5 * (0.5 - photoCapacitor) / 5e7
                + 3.9e-14 * 1.0 * 0.5 * 0.3 * Math.sinh((0.5 - s) / 0.3);
        assertEquals(expected, current[k + 1] - current[k], 1e-22, "jump at switch-on");
    }
}
