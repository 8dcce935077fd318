package org.memdsl.runtime.simulation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.memdsl.runtime.device.DeviceModel;
import org.memdsl.runtime.device.OptoMemristorFamily;
import org.memdsl.runtime.device.VteamFamily;
import org.memdsl.runtime.result.TimeSeries;
import org.memdsl.runtime.stimulus.AppliedStimulus;
import org.memdsl.runtime.stimulus.PulseTrain;
import org.memdsl.runtime.stimulus.Sequence;
import org.memdsl.runtime.stimulus.SourceLimit;

/**
 * Series resistance and current compliance of the source, on VTEAM (R_on 1 kΩ, R_off 1 MΩ,
 * thresholds ±0.3 V). Below the thresholds the cell is a resistor, so a series resistance divides
 * the voltage exactly. A SET under compliance is self-limiting: the current is held at
 * {@code I_cc} while {@code R} falls, so the device voltage {@code I_cc·R} falls too, and switching
 * stops where it reaches the threshold, at {@code R = |v_on|/I_cc}.
 */
class SourceLimitTest {

    private static final DeviceModel CELL = new VteamFamily().create(Map.of());

    private static TimeSeries run(double volts, double width, SourceLimit limit) {
        AppliedStimulus s = AppliedStimulus.electrical(PulseTrain.single(volts, width, 0, 0, 0, 0)).withLimit(limit);
        return new Simulator(SimulationOptions.sampledEvery(width / 100)).run(CELL, s, ProgressListener.NONE);
    }

    @Test
    void seriesResistanceDividesTheVoltage() {
        TimeSeries run = run(0.2, 1e-3, new SourceLimit(1e6, 0));
        assertEquals(0.1e-6, run.column("current")[5], 1e-18);
        assertEquals(0.2, run.column("voltage")[5], 0.0, "the source's voltage is recorded");
    }

    @Test
    void setUnderComplianceStopsWhereTheDeviceVoltageMeetsTheThreshold() {
        double compliance = 100e-6;
        TimeSeries run = run(-2.0, 10e-3, new SourceLimit(0, compliance));
        for (double i : run.column("current")) {
            assertTrue(Math.abs(i) <= compliance * (1 + 1e-9), "current within compliance: " + i);
        }
        int last = run.rows() - 2;
        double w = run.column("w")[last];
        double r = 1e3 + (1e6 - 1e3) * w;
        double expected = 0.3 / compliance;
        assertTrue(r >= expected * (1 - 1e-9) && r <= 1.1 * expected, "final resistance " + r);
        assertEquals(-compliance, run.column("current")[last], 1e-12 * compliance, "held at the compliance");
        assertEquals(-2.0, run.column("voltage")[last], 0.0, "the source's voltage is recorded");
    }

    /**
     * The compliance regulates the DC current ({@link DeviceModel#dcCurrent}): a cell whose contact
     * capacitor a fast train has charged discharges through the source between pulses, and that
     * capacitive current at 0 V must not be taken for a current the compliance has to bring down (the
     * paper-A cell, 4 V pulses under 50 nA and 10 MΩ, once failed with "interval does not bracket a root"). At the
     * end of a long pulse the capacitors are charged and the current is the compliance.
     */
    @Test
    void complianceActsOnTheDcCurrentOfACellWithChargedCapacitors() {
        DeviceModel opto = new OptoMemristorFamily().create(Map.of());
        double compliance = 50e-9;
        AppliedStimulus s = AppliedStimulus.electrical(new Sequence(List.of(
                new PulseTrain(4.0, 200e-6, 0, 0, 250e-6, 400, 0, 0), PulseTrain.single(4.0, 0.3, 0, 0, 0, 0))))
                .withLimit(new SourceLimit(10e6, compliance));
        TimeSeries run = new Simulator(SimulationOptions.sampledEvery(1e-4)).run(opto, s, ProgressListener.NONE);
        double[] time = run.column("time");
        double[] current = run.column("current");
        int k = 0;
        while (time[k + 1] <= 0.1 + 0.299) {
            k++;
        }
        assertEquals(compliance, current[k], 0.01 * compliance, "held at the compliance at " + time[k] + " s");
    }
}
