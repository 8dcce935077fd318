package org.memdsl.runtime.measurement;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.memdsl.runtime.device.VteamFamily;
import org.memdsl.runtime.result.ResultTable;
import org.memdsl.runtime.simulation.ProgressListener;
import org.memdsl.runtime.simulation.SimulationOptions;
import org.memdsl.runtime.simulation.Simulator;
import org.memdsl.runtime.stimulus.AppliedStimulus;
import org.memdsl.runtime.stimulus.TriangularSweep;

/**
 * SET/RESET voltages of a VTEAM cell (Kvatinsky et al. 2015) under a triangular sweep at rate r,
 * against the closed form: beyond a threshold {@code w} moves by
 * {@code k·|v_th|/(r·(α+1)) · (|v|/|v_th| − 1)^(α+1)}, so the state {@code w*} where
 * {@code R(w*) = √(R_on·R_off)} is reached at {@code |V| = |v_th|·(1 + x*)} with
 * {@code x* = (Δw·r·(α+1)/(|k|·|v_th|))^(1/(α+1))}. The sample spacing is 1e-4 V, the tolerance
 * 2e-4 V.
 */
class SwitchingEventsTest {

    @Test
    void setAndResetVoltagesMatchTheClosedForm() {
        double rOn = 1e3;
        double rOff = 1e6;
        double rate = 10;
        var model = new VteamFamily().create(Map.of("r_on", rOn, "r_off", rOff, "v_on", -0.3, "v_off", 0.3,
                "k_on", -2000.0, "k_off", 2000.0, "alpha_on", 3.0, "alpha_off", 3.0, "w0", 1.0));
        AppliedStimulus sweep = AppliedStimulus.electrical(new TriangularSweep(1.0, -1.0, rate, 2));
        ResultTable events = new SwitchingEvents("switching", 0.01).analyse(
                new Simulator(SimulationOptions.sampledEvery(1e-5)).run(model, sweep, ProgressListener.NONE), sweep);

        double wStar = (Math.sqrt(rOn * rOff) - rOn) / (rOff - rOn);
        double vSet = -0.3 * (1 + Math.pow((1 - wStar) * rate * 4 / (2000 * 0.3), 0.25));
        double vReset = 0.3 * (1 + Math.pow(wStar * rate * 4 / (2000 * 0.3), 0.25));
        assertEquals(-0.4513, vSet, 1e-4, "hand check of the closed form");
        assertArrayEquals(new double[] { 1, -1, 1 }, events.column("event"), "SET in cycle 1, RESET and SET in 2");
        assertEquals(vSet, events.column("voltage")[0], 2e-4);
        assertEquals(vReset, events.column("voltage")[1], 2e-4);
        assertEquals(vSet, events.column("voltage")[2], 2e-4, "the second SET repeats the first");
    }
}
