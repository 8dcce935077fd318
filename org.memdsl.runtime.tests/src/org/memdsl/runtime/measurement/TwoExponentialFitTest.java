package org.memdsl.runtime.measurement;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.hipparchus.random.Well19937c;
import org.junit.jupiter.api.Test;

/**
 * The two-exponential PPF decay fit (docs/papers.md#paper-d: "PPF … decay with interval, typically fitted
 * with two exponentials") recovers known parameters from synthetic data shaped like paper A's
 * dark PPF (≈ 250 % at the shortest interval, a few % at 60 ms).
 */
class TwoExponentialFitTest {

    private static final double C1 = 180;
    private static final double TAU1 = 3e-3;
    private static final double C2 = 90;
    private static final double TAU2 = 20e-3;

    private static double[] intervals() {
        double[] x = new double[20];
        for (int i = 0; i < x.length; i++) {
            x[i] = 1e-3 + 3e-3 * i;
        }
        return x;
    }

    @Test
    void exactDataGiveExactParameters() {
        double[] x = intervals();
        double[] y = new double[x.length];
        for (int i = 0; i < x.length; i++) {
            y[i] = C1 * Math.exp(-x[i] / TAU1) + C2 * Math.exp(-x[i] / TAU2);
        }
        TwoExponentialFit fit = TwoExponentialFit.of(x, y);
        assertEquals(TAU1, fit.tau1(), 1e-6 * TAU1);
        assertEquals(TAU2, fit.tau2(), 1e-6 * TAU2);
        assertEquals(C1, fit.c1(), 1e-6 * C1);
        assertEquals(C2, fit.c2(), 1e-6 * C2);
        assertEquals(0, fit.rms(), 1e-6);
    }

    /** With 1 % Gaussian noise (seeded) the time constants come back within 10 %. */
    @Test
    void noisyDataGiveCloseParameters() {
        double[] x = intervals();
        double[] y = new double[x.length];
        Well19937c random = new Well19937c(2026L);
        for (int i = 0; i < x.length; i++) {
            double clean = C1 * Math.exp(-x[i] / TAU1) + C2 * Math.exp(-x[i] / TAU2);
            y[i] = clean * (1 + 0.01 * random.nextGaussian());
        }
        TwoExponentialFit fit = TwoExponentialFit.of(x, y);
        assertEquals(TAU1, fit.tau1(), 0.1 * TAU1);
        assertEquals(TAU2, fit.tau2(), 0.1 * TAU2);
    }

    @Test
    void tooFewPointsAreRefused() {
        assertThrows(IllegalArgumentException.class,
                () -> TwoExponentialFit.of(new double[] { 1, 2, 3, 4 }, new double[] { 4, 3, 2, 1 }));
    }
}
