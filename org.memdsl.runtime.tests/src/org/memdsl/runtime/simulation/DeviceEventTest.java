package org.memdsl.runtime.simulation;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.hipparchus.random.RandomGenerator;
import org.hipparchus.random.Well19937c;
import org.junit.jupiter.api.Test;
import org.memdsl.runtime.device.DeviceEvent;
import org.memdsl.runtime.device.DeviceModel;
import org.memdsl.runtime.device.Drive;
import org.memdsl.runtime.stimulus.AppliedStimulus;
import org.memdsl.runtime.stimulus.PulseTrain;

/**
 * Device events located by the integrator's root finder and applied with seeded draws, checked on
 * an integrate-and-reset model whose trajectory is known exactly: {@code dx/dt = V} (in 1/s per
 * volt), and when {@code x} reaches 1 it restarts from a uniform draw in [0, 0.5).
 */
class DeviceEventTest {

    /** Sawtooth with random restarts. */
    private static final DeviceModel SAWTOOTH = new DeviceModel() {
        @Override
        public String[] stateNames() {
            return new String[] { "x" };
        }

        @Override
        public double[] initialState() {
            return new double[] { 0.0 };
        }

        @Override
        public void derivatives(double t, double[] state, Drive drive, double[] derivative) {
            derivative[0] = drive.voltage();
        }

        @Override
        public double current(double t, double[] state, Drive drive) {
            return 0;
        }

        @Override
        public List<DeviceEvent> events() {
            return List.of(new DeviceEvent() {
                @Override
                public double g(double t, double[] state, Drive drive) {
                    return state[0] - 1.0;
                }

                @Override
                public double[] apply(double t, double[] state, Drive drive, RandomGenerator random) {
                    return new double[] { 0.5 * random.nextDouble() };
                }
            });
        }
    };

    /** One 1 V plateau of 7.3 s: x rises at 1/s. */
    private static final AppliedStimulus RAMP = AppliedStimulus.electrical(PulseTrain.single(1.0, 7.3, 0, 0, 0, 0));

    /** Times and x of the run at the rows nearest to the probes, then the number of events. */
    private static double[][] run(long seed, double[] probes) {
        Simulator.Run run = new Simulator(SimulationOptions.sampledEvery(0.01)).simulate(SAWTOOTH, RAMP,
                ProgressListener.NONE, new Well19937c(seed));
        double[] time = run.series().column("time");
        double[] x = run.series().column("x");
        double[][] out = new double[3][probes.length];
        for (int k = 0; k < probes.length; k++) {
            int nearest = 0;
            for (int i = 0; i < time.length; i++) {
                if (Math.abs(time[i] - probes[k]) < Math.abs(time[nearest] - probes[k])) {
                    nearest = i;
                }
            }
            out[0][k] = time[nearest];
            out[1][k] = x[nearest];
        }
        out[2][0] = run.deviceEvents();
        return out;
    }

    @Test
    void eventsHappenWhereTheSawtoothReachesOneAndRestartFromTheSeededDraw() {
        RandomGenerator replay = new Well19937c(42L);
        List<double[]> resets = new ArrayList<>();
        double t = 1.0;
        while (t < 7.3) {
            double restart = 0.5 * replay.nextDouble();
            resets.add(new double[] { t, restart });
            t += 1.0 - restart;
        }
        double[] probes = { 0.5, 1.7, 2.9, 4.1, 5.3, 6.5, 7.2 };
        double[][] actual = run(42L, probes);
        assertEquals(resets.size(), actual[2][0], "number of resets");
        for (int k = 0; k < probes.length; k++) {
            double at = actual[0][k];
            double expected = at;
            for (double[] reset : resets) {
                if (reset[0] < at) {
                    expected = reset[1] + (at - reset[0]);
                }
            }
            assertEquals(expected, actual[1][k], 1e-9, "x at t = " + at);
        }
        assertArrayEquals(actual[1], run(42L, probes)[1], "same seed, same trajectory");
        assertFalse(Arrays.equals(actual[1], run(7L, probes)[1]), "another seed, other restarts");
    }
}
