package org.memdsl.runtime.measurement;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.memdsl.runtime.device.DeviceModel;
import org.memdsl.runtime.device.OptoMemristorFamily;
import org.memdsl.runtime.result.ResultTable;
import org.memdsl.runtime.simulation.ProgressListener;
import org.memdsl.runtime.simulation.SimulationOptions;
import org.memdsl.runtime.simulation.Simulator;
import org.memdsl.runtime.stimulus.AppliedStimulus;
import org.memdsl.runtime.stimulus.StaircaseSweep;

/**
 * The two names of a hysteresis loop (docs/calibration.md#opto_memristor, the hysteresis convention):
 * Bisquert's type from the outgoing and returning scans, and the forward (voltage rising) against the
 * reverse scan in the device's sign. A conduction that lags the voltage (the paper-A cell's contact
 * branch alone: no capacitor, no screening) is inductive, its forward scan below the reverse one at
 * every level of both quadrants; a capacitor charging through a resistor within the dwell (the same
 * cell without ions: {@code R_c·C} = 5 ms against 20 ms steps) is capacitive, its forward scan above.
 * Staircase ±2 V, 0.1 V steps of 20 ms, the settled second half of each step.
 */
class HysteresisConventionTest {

    private static ResultTable loop(Map<String, Double> parameters) {
        DeviceModel model = new OptoMemristorFamily().create(parameters);
        AppliedStimulus s = AppliedStimulus.electrical(new StaircaseSweep(2.0, -2.0, 0.1, 20e-3, 1));
        return new StaircaseHysteresis("hysteresis", 0.5).analyse(
                new Simulator(SimulationOptions.sampledEvery(1e-3)).run(model, s, ProgressListener.NONE), s);
    }

    @Test
    void laggingConductionIsInductiveWithTheForwardScanBelow() {
        ResultTable table = loop(Map.of("g_s", 0.0, "r_c", 1e18));
        assertEquals(StaircaseHysteresis.Type.INDUCTIVE, StaircaseHysteresis.summarise(table).type());
        assertTrue(StaircaseHysteresis.forwardArea(table) < 0);
        for (double d : table.column("forward_minus_reverse")) {
            assertTrue(d <= 0, "forward never above reverse: " + d);
        }
        assertTrue(table.scalar("forward_vs_reverse").orElseThrow().label().startsWith("forward below reverse"));
    }

    @Test
    void chargingCapacitorIsCapacitiveWithTheForwardScanAbove() {
        ResultTable table = loop(Map.of("beta", 0.0, "beta_y", 0.0, "g_s", 0.0, "r_c", 5e7, "c", 1e-10));
        assertEquals(StaircaseHysteresis.Type.CAPACITIVE, StaircaseHysteresis.summarise(table).type());
        assertTrue(StaircaseHysteresis.forwardArea(table) > 0);
        for (double d : table.column("forward_minus_reverse")) {
            assertTrue(d >= 0, "forward never below reverse: " + d);
        }
        assertTrue(table.scalar("forward_vs_reverse").orElseThrow().label().startsWith("forward above reverse"));
    }
}
