package org.memdsl.runtime.crossbar;

import org.memdsl.runtime.device.DeviceModel;
import org.memdsl.runtime.device.Drive;

/**
 * A device of the engine in its present state at a crosspoint, carrying its DC current
 * ({@link DeviceModel#dcCurrent}); its conductance is taken by a central difference of that
 * current, with a floor so that Newton steps stay defined.
 */
public record DeviceCell(DeviceModel model, double[] state, double intensity, double temperature)
        implements CellElement {

    private static final double MIN_CONDUCTANCE = 1e-18;

    public DeviceCell(DeviceModel model, double[] state) {
        this(model, state, 0.0, Drive.ROOM_TEMPERATURE);
    }

    @Override
    public double current(double v) {
        return model.dcCurrent(state, new Drive(v, intensity, 0.0, temperature));
    }

    @Override
    public double conductance(double v) {
        double h = 1e-6 * Math.max(Math.abs(v), 1e-3);
        return Math.max(MIN_CONDUCTANCE, (current(v + h) - current(v - h)) / (2 * h));
    }
}
