package org.memdsl.runtime.measurement;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.memdsl.runtime.device.DeviceModel;
import org.memdsl.runtime.device.SoftBoundPulseFamily;
import org.memdsl.runtime.result.ResultTable;
import org.memdsl.runtime.result.TimeSeries;
import org.memdsl.runtime.simulation.ProgressListener;
import org.memdsl.runtime.simulation.SimulationOptions;
import org.memdsl.runtime.simulation.Simulator;
import org.memdsl.runtime.stimulus.AppliedStimulus;
import org.memdsl.runtime.stimulus.PulseTrain;
import org.memdsl.runtime.stimulus.RateProtocols;
import org.memdsl.runtime.stimulus.Sequence;

/**
 * LTP/LTD figures of merit and SRDP per segment on the NeuroSim curves (Chen, Peng &amp; Yu, IEEE
 * TCAD 37, 3067 (2018)), where the mean conductance of pulse {@code k} is {@code T − c·e^(−k/A)}
 * exactly, so the fitted nonlinearity must return the model's {@code A}.
 */
class PlasticityMeasurementsTest {

    private static final DeviceModel SYNAPSE = new SoftBoundPulseFamily().create(Map.of("g_min", 1e-9, "g_max",
            1e-7, "g0", 1e-9, "pulse_width", 1e-3, "states", 64.0, "a_ltp", 8.0, "a_ltd", 20.0));

    private static TimeSeries run(AppliedStimulus stimulus) {
        return new Simulator(SimulationOptions.sampledEvery(1e-4)).run(SYNAPSE, stimulus, ProgressListener.NONE);
    }

    @Test
    void saturatingFitRecoversAnExactCurve() {
        double[] n = new double[30];
        double[] y = new double[30];
        for (int i = 0; i < n.length; i++) {
            n[i] = i;
            y[i] = 5.0 - 3.0 * Math.exp(-i / 6.5);
        }
        SaturatingFit fit = SaturatingFit.of(n, y);
        assertEquals(6.5, fit.a(), 1e-6);
        assertEquals(5.0, fit.c0(), 1e-9);
        assertEquals(3.0, fit.c1(), 1e-9);
    }

    @Test
    void ltpLtdNonlinearityAndRangeFromFortyPulsesEachWay() {
        AppliedStimulus stimulus = AppliedStimulus.electrical(new Sequence(List.of(new PulseTrain(1.0, 1e-3, 0, 0,
                2e-3, 40, 0, 1e-3),
                new PulseTrain(-1.0, 1e-3, 0, 0, 2e-3, 40, 0, 1e-3))));
        ResultTable curves = new PulseCurves("ltp_ltd").analyse(run(stimulus), stimulus);
        assertEquals(8.0, curves.scalar("a_ltp").orElseThrow().value(), 8e-6);
        assertEquals(20.0, curves.scalar("a_ltd").orElseThrow().value(), 2e-5);
        double[] g = curves.column("conductance");
        double max = 0;
        double min = Double.MAX_VALUE;
        for (double v : g) {
            max = Math.max(max, v);
            min = Math.min(min, v);
        }
        assertEquals(max / min, curves.scalar("dynamic_range").orElseThrow().value(), 1e-12);
        double states = curves.scalar("states").orElseThrow().value();
        assertTrue(states > 10 && states <= 40, "distinguishable states " + states);
    }

    @Test
    void srdpReportsEachSegmentFrequencyAndItsWeight() {
        double[] frequencies = { 100, 250, 400, 250, 100 };
        Sequence srdp = RateProtocols.segments(1.0, 0.2e-3, frequencies, 40e-3);
        AppliedStimulus stimulus = AppliedStimulus.electrical(srdp);
        TimeSeries run = run(stimulus);
        ResultTable table = new SrdpSegments("srdp").analyse(run, stimulus);
        assertArrayEquals(frequencies, table.column("frequency"), 1e-9);
        double[] epsc = new EpscPerPulse("epsc", 0).analyse(run, stimulus).column("epsc");
        assertEquals(epsc[0], table.column("epsc_first")[0], 0.0);
        assertEquals(epsc[epsc.length - 1], table.column("epsc_last")[4], 0.0);
        double[] weight = table.column("weight_percent");
        for (int i = 1; i < weight.length; i++) {
            assertTrue(weight[i] > weight[i - 1], "every potentiating segment raises the weight");
        }
        assertEquals(100 * (epsc[epsc.length - 1] - epsc[0]) / epsc[0], weight[4], 1e-9);
    }
}
