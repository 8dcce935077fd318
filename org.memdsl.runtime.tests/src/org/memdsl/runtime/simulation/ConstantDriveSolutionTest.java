package org.memdsl.runtime.simulation;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.memdsl.runtime.device.DeviceModel;
import org.memdsl.runtime.device.Drive;
import org.memdsl.runtime.device.SoftBoundPulseFamily;
import org.memdsl.runtime.measurement.EpscPerPulse;
import org.memdsl.runtime.result.TimeSeries;
import org.memdsl.runtime.stimulus.AppliedStimulus;
import org.memdsl.runtime.stimulus.PulseTrain;
import org.memdsl.runtime.stimulus.Sequence;

/**
 * The closed-form path of the simulator (rectangular pulses, model with a constant-drive
 * solution) against the Dormand–Prince path on the same model and protocol: the reference is the
 * integrator at tight tolerance, so both must agree to its accuracy.
 */
class ConstantDriveSolutionTest {

    private static final DeviceModel SOFT_BOUND = new SoftBoundPulseFamily().create(Map.of("g_min", 1e-9,
            "g_max", 1e-7, "g0", 2e-9, "pulse_width", 1e-3, "states", 64.0, "a_ltp", 8.0, "a_ltd", 20.0));

    /** The same model seen only through {@link DeviceModel}, so the simulator must integrate it. */
    private record Opaque(DeviceModel inner) implements DeviceModel {
        public String[] stateNames() {
            return inner.stateNames();
        }

        public double[] initialState() {
            return inner.initialState();
        }

        public double[] stateScales() {
            return inner.stateScales();
        }

        public void derivatives(double t, double[] state, Drive drive, double[] derivative) {
            inner.derivatives(t, state, drive, derivative);
        }

        public double current(double t, double[] state, Drive drive) {
            return inner.current(t, state, drive);
        }
    }

    /** 80 potentiating pulses (past G_max, so the bound is hit inside a pulse), then 80 depressing ones. */
    @Test
    void closedFormAgreesWithTheIntegratorAcrossBoundsAndPolarities() {
        AppliedStimulus protocol = AppliedStimulus.electrical(new Sequence(List.of(new PulseTrain(1.0, 1e-3, 0, 0,
                3e-3, 80, 0, 1e-3),
                new PulseTrain(-1.0, 1e-3, 0, 0, 3e-3, 80, 0, 1e-3))));
        Simulator simulator = new Simulator(new SimulationOptions(2e-4, 1e-14, 1e-12, Double.POSITIVE_INFINITY));
        Simulator.Run exact = simulator.simulate(SOFT_BOUND, protocol, ProgressListener.NONE);
        Simulator.Run integrated = simulator.simulate(new Opaque(SOFT_BOUND), protocol, ProgressListener.NONE);

        TimeSeries a = exact.series();
        TimeSeries b = integrated.series();
        assertArrayEquals(b.column("time"), a.column("time"), "same sampling grid and edges");
        double[] ga = a.column("g");
        double[] gb = b.column("g");
        double[] qa = a.column("charge");
        double[] qb = b.column("charge");
        for (int i = 0; i < a.rows(); i++) {
            assertEquals(gb[i], ga[i], 1e-9 * 1e-7, "conductance at row " + i);
            assertEquals(qb[i], qa[i], 1e-9 * Math.abs(qb[i]) + 1e-18, "charge at row " + i);
        }
        double[] epsc = new EpscPerPulse("epsc", 0).analyse(a, protocol).column("epsc");
        assertEquals(1e-7, epsc[79], 1e-10, "saturated at G_max × 1 V");
    }
}
