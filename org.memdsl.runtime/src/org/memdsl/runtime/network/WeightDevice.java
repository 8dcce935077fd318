package org.memdsl.runtime.network;

import org.memdsl.runtime.device.ConstantDriveSolution;
import org.memdsl.runtime.device.DeviceModel;
import org.memdsl.runtime.device.Drive;

/**
 * How a network weight is stored in a device of the engine: the weight is
 * {@code (G − G_ref)/(G_max − G_min)·2} with {@code G_ref} midway, and an update is a whole number of
 * programming pulses (positive: potentiating at {@code +V_p}, negative: depressing at {@code −V_p},
 * each {@code τ} long) applied through the device model's own closed-form dynamics, so its
 * nonlinearity and bounds shape the learning.
 */
public record WeightDevice(DeviceModel model, double gMin, double gMax, double pulseVoltage, double pulseWidth,
        int states) {

    public WeightDevice {
        if (!(model instanceof ConstantDriveSolution)) {
            throw new IllegalArgumentException("a weight device needs a model with a closed-form pulse response");
        }
        if (!(gMin < gMax) || states < 1) {
            throw new IllegalArgumentException("need g_min < g_max and at least one state");
        }
    }

    /** Weight change of one pulse at the middle of the range (the nominal step). */
    public double nominalStep() {
        return 2.0 / states;
    }

    public double weight(double g) {
        return (g - 0.5 * (gMin + gMax)) / (gMax - gMin) * 2;
    }

    public double conductance(double weight) {
        return 0.5 * (gMin + gMax) + 0.5 * weight * (gMax - gMin);
    }

    /** Conductance after {@code pulses} programming pulses (sign: direction) from {@code g}. */
    public double afterPulses(double g, int pulses) {
        if (pulses == 0) {
            return g;
        }
        double[] out = new double[1];
        Drive drive = new Drive(pulses > 0 ? pulseVoltage : -pulseVoltage, 0, 0, Drive.ROOM_TEMPERATURE);
        ((ConstantDriveSolution) model).advance(new double[] { g }, drive, Math.abs(pulses) * pulseWidth, out);
        return out[0];
    }
}
