package org.memdsl.runtime.device;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.memdsl.runtime.measurement.SwitchingEvents;
import org.memdsl.runtime.result.ResultTable;
import org.memdsl.runtime.result.TimeSeries;
import org.memdsl.runtime.simulation.ProgressListener;
import org.memdsl.runtime.simulation.SimulationOptions;
import org.memdsl.runtime.simulation.Simulator;
import org.memdsl.runtime.stimulus.AppliedStimulus;
import org.memdsl.runtime.stimulus.SourceLimit;
import org.memdsl.runtime.stimulus.StaircaseSweep;

/**
 * The rigid paper-C preset ({@code bipolar_filament_rigid}, docs/calibration.md#bipolar_filament_rigid)
 * on the paper's DC sweep (docs/papers.md#paper-c: 0 → +1.5 → 0 → −1.5 → 0 V in 20 mV steps, 1 mA
 * compliance; 10 ms per step, the paper giving no dwell). Paper C, rigid devices: "HRS 2.83 nA, LRS
 * 0.8 mA, set +0.9 V, reset −1.0 V". Tolerances: switching voltages ± 0.1 V (as the flexible preset's
 * C1), HRS ± 20 % and LRS within 2× read at 0.1 V (the paper's read voltage for them is not recorded;
 * 0.1 V is its endurance read), on/off ≥ 10⁵, the compliance honoured.
 */
class BipolarFilamentRigidPresetTest {

    private static final DeviceModel RIGID = BipolarFilamentFamily.rigid().create(Map.of());
    private static final AppliedStimulus DC = AppliedStimulus.electrical(new StaircaseSweep(1.5, -1.5, 0.02, 10e-3, 1))
            .withLimit(new SourceLimit(0, 1e-3, 0));

    @Test
    void dcSweepSwitchesAtTheRigidDevicesVoltagesWithItsReadCurrents() {
        TimeSeries run = new Simulator(SimulationOptions.sampledEvery(1e-3)).run(RIGID, DC, ProgressListener.NONE);
        ResultTable events = new SwitchingEvents("switching", 0.01).analyse(run, DC);
        assertEquals(2, events.rows(), "one SET, one RESET");
        assertEquals(0.9, events.column("voltage")[0], 0.1, "SET");
        assertEquals(-1.0, events.column("voltage")[1], 0.1, "RESET");

        double[] reads = BipolarFilamentPresetTest.hrsAndLrsReads(run, DC);
        double hrs = reads[0];
        double lrs = reads[1];
        assertEquals(2.83e-9, hrs, 0.2 * 2.83e-9, "HRS read at 0.1 V");
        assertTrue(lrs >= 0.8e-3 / 2 && lrs <= 2 * 0.8e-3, "LRS read at 0.1 V: " + lrs);
        assertTrue(lrs / hrs >= 1e5, "on/off " + lrs / hrs);
        for (double current : run.column("current")) {
            assertTrue(current <= 1e-3 * (1 + 1e-9), "compliance honoured: " + current);
        }
    }
}
