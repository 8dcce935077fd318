package org.memdsl.runtime.study;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.memdsl.runtime.catalog.Values;
import org.memdsl.runtime.device.LinearIonDriftFamily;
import org.memdsl.runtime.result.TimeSeries;
import org.memdsl.runtime.simulation.ProgressListener;
import org.memdsl.runtime.simulation.SimulationOptions;
import org.memdsl.runtime.simulation.Simulator;
import org.memdsl.runtime.stimulus.AppliedStimulus;
import org.memdsl.runtime.stimulus.PulseTrain;

/**
 * Cycle-to-cycle variation on a device with a closed-form answer: the linear ion-drift model
 * (docs/models.md#strukov-2008) with no mobility and the doped fraction at 0 is the resistor
 * R_off, so each 0.1 V read pulse draws 0.1 V / R_off of its cycle. With R_off log-normal 20 % per
 * cycle over 400 pulses, ln(0.1 V / I) has mean ln(16 kΩ) within 0.03 (standard error 0.01) and
 * standard deviation 0.2 within 0.03 (standard error 0.007); the current holds within a pulse (the
 * draw changes at the cycle's start only); the same seed gives the same currents, another seed others.
 */
class CycleToCycleModelTest {

    private static final int PULSES = 400;
    private static final double PERIOD = 2e-3;

    private static double[] pulseCurrents(long seed) {
        LinearIonDriftFamily family = new LinearIonDriftFamily();
        Values values = Values.of(Map.of("mobility", 0.0, "w0", 0.0, "r_off", 16e3));
        double[] starts = new double[PULSES];
        for (int c = 0; c < PULSES; c++) {
            starts[c] = c * PERIOD;
        }
        StudyDesign.Variation perCycle = new StudyDesign.Variation("device_r_off", "Ω", 0.2, true,
                Distribution.LOGNORMAL, true);
        CycleToCycleModel device = CycleToCycleModel.of(family, values, Map.of("r_off", perCycle), starts, seed);
        assertEquals(PULSES, device.cycles());
        PulseTrain reads = new PulseTrain(0.1, 1e-3, 0, 0, PERIOD, PULSES, 0.5e-3, 0);
        TimeSeries run = new Simulator(SimulationOptions.sampledEvery(0.25e-3)).run(device,
                AppliedStimulus.electrical(reads), ProgressListener.NONE);
        double[] t = run.column("time");
        double[] i = run.column("current");
        double[] perPulse = new double[PULSES];
        for (int r = 0; r < t.length; r++) {
            int c = (int) Math.floor(t[r] / PERIOD);
            double phase = t[r] - c * PERIOD;
            if (c < PULSES && phase > 0.6e-3 && phase < 1.4e-3) {
                if (perPulse[c] != 0) {
                    assertEquals(perPulse[c], i[r], 1e-12 * Math.abs(perPulse[c]), "constant within pulse " + c);
                }
                perPulse[c] = i[r];
            }
        }
        return perPulse;
    }

    @Test
    void eachCycleDrawsItsOwnParametersWithTheStatedSpread() {
        double[] currents = pulseCurrents(9);
        double mean = 0;
        double square = 0;
        for (double current : currents) {
            double x = Math.log(0.1 / current);
            mean += x / PULSES;
            square += x * x / PULSES;
        }
        assertEquals(Math.log(16e3), mean, 0.03);
        assertEquals(0.2, Math.sqrt(square - mean * mean), 0.03);
        assertArrayEquals(currents, pulseCurrents(9), 0.0, "the same seed, the same cycles");
        assertNotEquals(currents[0], pulseCurrents(10)[0], "another seed, other draws");
    }
}
