package org.memdsl.runtime.simulation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.memdsl.runtime.device.DeviceModel;
import org.memdsl.runtime.device.LinearIonDriftFamily;
import org.memdsl.runtime.stimulus.AppliedStimulus;
import org.memdsl.runtime.stimulus.PulseTrain;

/**
 * The wall-clock guard of a run: a limit no run can meet stops it with an error that says where it
 * stopped and how to go on; without a limit the same run completes.
 */
class WallClockGuardTest {

    private static final DeviceModel CELL = new LinearIonDriftFamily().create(Map.of());

    private static final AppliedStimulus TRAIN = AppliedStimulus.electrical(
            new PulseTrain(1.0, 1e-3, 1e-5, 1e-5, 2e-3, 200, 0, 0));

    @Test
    void aRunBeyondItsWallClockLimitIsStoppedWithWhereAndHowToGoOn() {
        Simulator simulator = new Simulator(SimulationOptions.sampledEvery(1e-4).withWallClockLimit(1e-9));
        SimulationException e = assertThrows(SimulationException.class,
                () -> simulator.run(CELL, TRAIN, ProgressListener.NONE));
        assertTrue(e.getMessage().contains("max_run_time") && e.getMessage().contains("at t = "), e.getMessage());
    }

    @Test
    void withoutALimitTheSameRunCompletes() {
        Simulator simulator = new Simulator(SimulationOptions.sampledEvery(1e-4));
        double[] time = simulator.run(CELL, TRAIN, ProgressListener.NONE).column("time");
        assertEquals(TRAIN.duration(), time[time.length - 1], 1e-12, "the run reaches the end of the train");
    }
}
