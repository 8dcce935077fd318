package org.memdsl.runtime.simulation;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;

import org.hipparchus.random.RandomGenerator;
import org.hipparchus.random.Well19937c;
import org.junit.jupiter.api.Test;
import org.memdsl.runtime.device.DeviceModel;
import org.memdsl.runtime.device.Drive;
import org.memdsl.runtime.result.TimeSeries;
import org.memdsl.runtime.stimulus.AppliedStimulus;
import org.memdsl.runtime.stimulus.PulseTrain;

/**
 * {@link DeviceModel#atEdge} is called at every breakpoint with the drives on both sides, the first
 * against a resting device (no voltage), and the state it returns is the state the stretch starts from:
 * a model that counts rising edges in a state counts the three pulses of a train, and a model that
 * draws a number at each rising edge repeats its draws with the seed.
 */
class PulseEdgeTest {

    /** dx/dt = 0; at each rising edge x counts up and y takes a draw; I = x·V. */
    private static final class EdgeCounter implements DeviceModel {
        final List<double[]> edges = new ArrayList<>();

        @Override
        public String[] stateNames() {
            return new String[] { "x", "y" };
        }

        @Override
        public double[] initialState() {
            return new double[] { 0, 0 };
        }

        @Override
        public void derivatives(double t, double[] state, Drive drive, double[] derivative) {
            derivative[0] = 0;
            derivative[1] = 0;
        }

        @Override
        public double[] atEdge(double t, double[] state, Drive before, Drive after, RandomGenerator random) {
            edges.add(new double[] { t, before.voltage(), after.voltage() });
            if (after.voltage() <= before.voltage()) {
                return state;
            }
            return new double[] { state[0] + 1, random.nextDouble() };
        }

        @Override
        public double current(double t, double[] state, Drive drive) {
            return state[0] * drive.voltage();
        }
    }

    private static TimeSeries run(EdgeCounter model, long seed) {
        PulseTrain train = new PulseTrain(0.5, 1e-3, 0, 0, 2e-3, 3, 0, 1e-3);
        return new Simulator(SimulationOptions.sampledEvery(0.25e-3)).simulate(model,
                AppliedStimulus.electrical(train), ProgressListener.NONE, new Well19937c(seed)).series();
    }

    @Test
    void everyBreakpointIsAnEdgeAndRisingOnesChangeTheState() {
        EdgeCounter model = new EdgeCounter();
        TimeSeries series = run(model, 3);
        assertEquals(6, model.edges.size(), "the start against rest and five breakpoints: 3 rising, 3 falling");
        assertArrayEquals(new double[] { 0, 0, 0.5 }, model.edges.get(0), 1e-12, "the first against rest");
        double[] x = series.column("x");
        assertEquals(3.0, x[x.length - 1], "three pulses counted");
        double[] t = series.column("time");
        double[] i = series.column("current");
        for (int r = 0; r < t.length; r++) {
            if (t[r] > 4.25e-3 && t[r] < 4.75e-3) {
                assertEquals(3 * 0.5, i[r], 1e-12, "third pulse sees the third count");
            }
        }
        double[] y = series.column("y");
        assertArrayEquals(y, run(new EdgeCounter(), 3).column("y"), "the same seed, the same draws");
    }
}
