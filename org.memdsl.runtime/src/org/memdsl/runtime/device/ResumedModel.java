package org.memdsl.runtime.device;

import java.util.List;

import org.hipparchus.random.RandomGenerator;

/**
 * A model that starts from a given state instead of its own initial state: the device as an earlier
 * protocol left it, for a measurement made afterwards (an impedance spectrum of the programmed
 * state).
 */
public final class ResumedModel implements DeviceModel {

    private final DeviceModel model;
    private final double[] state;

    public ResumedModel(DeviceModel model, double[] state) {
        if (state.length != model.stateNames().length) {
            throw new IllegalArgumentException("the model has " + model.stateNames().length
                    + " state variables, not " + state.length);
        }
        this.model = model;
        this.state = state.clone();
    }

    @Override
    public String[] stateNames() {
        return model.stateNames();
    }

    @Override
    public String[] stateUnits() {
        return model.stateUnits();
    }

    @Override
    public double[] initialState() {
        return state.clone();
    }

    @Override
    public void derivatives(double t, double[] x, Drive drive, double[] derivative) {
        model.derivatives(t, x, drive, derivative);
    }

    @Override
    public double[] stateScales() {
        return model.stateScales();
    }

    @Override
    public List<DeviceEvent> events() {
        return model.events();
    }

    @Override
    public double[] atEdge(double t, double[] x, Drive before, Drive after, RandomGenerator random) {
        return model.atEdge(t, x, before, after, random);
    }

    @Override
    public double current(double t, double[] x, Drive drive) {
        return model.current(t, x, drive);
    }

    @Override
    public double dcCurrent(double[] x, Drive drive) {
        return model.dcCurrent(x, drive);
    }

    @Override
    public double currentPathVoltage(Drive drive) {
        return model.currentPathVoltage(drive);
    }
}
