package org.memdsl.runtime.device;

import java.util.Arrays;
import java.util.List;

import org.hipparchus.random.RandomGenerator;

/**
 * A device model in state-space form: the engine integrates {@code dx/dt = f(t, x, drive)} and
 * reads the terminal current {@code i(t, x, drive)}. Implementations are immutable; the state
 * vector is owned by the integrator and never stored by the model.
 */
public interface DeviceModel {

    /** Names of the state variables, in state-vector order. */
    String[] stateNames();

    /**
     * Units of the state variables, in state-vector order ({@code 1} for fractions and other pure
     * numbers, the default), for the headers of the tables that show them.
     */
    default String[] stateUnits() {
        String[] units = new String[stateNames().length];
        Arrays.fill(units, "1");
        return units;
    }

    /** State at the start of a protocol. A fresh array on each call. */
    double[] initialState();

    /** Writes {@code dx/dt} into {@code derivative}. */
    void derivatives(double t, double[] state, Drive drive, double[] derivative);

    /**
     * Typical magnitude of each state variable, in state-vector order; the integrator's absolute
     * tolerance is scaled by it (a conductance of 1e-9 S needs a tolerance far below 1e-12).
     */
    default double[] stateScales() {
        double[] ones = new double[stateNames().length];
        Arrays.fill(ones, 1.0);
        return ones;
    }

    /** Discrete events of the model (none by default). */
    default List<DeviceEvent> events() {
        return List.of();
    }

    /**
     * The state just after a stimulus edge at {@code t}, where the drive jumps from {@code before} to
     * {@code after} (a pulse switched on or off, light switched, any breakpoint of the protocol); the
     * default keeps the state. A model that draws something anew for every pulse draws it here from
     * {@code random}, the run's seeded generator. May return {@code state} itself when nothing changes;
     * must not modify it.
     */
    default double[] atEdge(double t, double[] state, Drive before, Drive after, RandomGenerator random) {
        return state;
    }

    /** Terminal current in A. */
    double current(double t, double[] state, Drive drive);

    /**
     * The current at a DC operating point with this state (a crossbar's static solve): the terminal
     * current without the branches a steady voltage does not drive (a capacitance charged to that
     * voltage carries nothing). By default {@link #current} at time 0.
     */
    default double dcCurrent(double[] state, Drive drive) {
        return current(0.0, state, drive);
    }

    /**
     * The voltage across which {@link #current} flows, for the energy {@code ∫ I·V dt}: the applied
     * voltage of a two-terminal device; the drain voltage of a transistor whose driven terminal is
     * the gate (the event energy {@code Ec = V_D·I_D·t} of the synapse literature).
     */
    default double currentPathVoltage(Drive drive) {
        return drive.voltage();
    }
}
