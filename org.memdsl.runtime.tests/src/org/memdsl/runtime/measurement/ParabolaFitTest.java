package org.memdsl.runtime.measurement;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * The BCM parabola of paper A (docs/papers.md#paper-a: depression at low frequency, potentiation at high,
 * fitted with a parabola; light moves the sign change higher): a "tick" with known roots is
 * recovered, and the rising root is the depression-to-potentiation frequency.
 */
class ParabolaFitTest {

    @Test
    void tickWithKnownRootsGivesTheRisingRoot() {
        // A parabola opening upward with roots 300 Hz and 1800 Hz: the rising root is 1800 Hz.
        double[] f = { 100, 400, 800, 1200, 1600, 2000, 3000 };
        double[] y = new double[f.length];
        for (int i = 0; i < f.length; i++) {
            y[i] = 4e-5 * (f[i] - 300) * (f[i] - 1800);
        }
        ParabolaFit fit = ParabolaFit.of(f, y);
        assertEquals(1800, fit.risingRoot(), 1e-6);
        assertEquals(4e-5, fit.a2(), 1e-15);
        assertEquals(y[3], fit.value(f[3]), 1e-9);
    }

    @Test
    void curveThatNeverTurnsPositiveHasNoSignChange() {
        double[] f = { 1, 2, 3, 4 };
        double[] y = { -5, -3, -2, -1.5 };
        assertTrue(Double.isNaN(ParabolaFit.of(f, y).risingRoot()));
    }
}
