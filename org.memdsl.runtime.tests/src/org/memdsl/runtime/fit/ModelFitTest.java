package org.memdsl.runtime.fit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.hipparchus.exception.MathIllegalStateException;
import org.hipparchus.random.Well19937c;
import org.junit.jupiter.api.Test;

/**
 * The two fit methods on models with a known answer: a smooth decay y = A·e^(−x/τ) with seeded
 * Gaussian noise (both methods agree on the values within 0.5 % and on the standard errors within
 * 25 %, and each value lies within three standard errors of the truth), and a quantised model
 * y = round(a·x) whose finite differences are zero almost everywhere (the simplex recovers a).
 * Methods: docs/models.md#nelder-mead.
 */
class ModelFitTest {

    private static final double[] X = java.util.stream.IntStream.rangeClosed(1, 30).mapToDouble(i -> i).toArray();

    @Test
    void bothMethodsAgreeOnASmoothModel() {
        double a = 5.0;
        double tau = 7.0;
        double noise = 0.05;
        Well19937c random = new Well19937c(17);
        double[] measured = new double[X.length];
        for (int i = 0; i < X.length; i++) {
            measured[i] = a * Math.exp(-X[i] / tau) + noise * random.nextGaussian();
        }
        ModelFit.Model model = p -> java.util.Arrays.stream(X).map(x -> p[0] * Math.exp(-x / p[1])).toArray();
        List<ModelFit.Free> free = List.of(new ModelFit.Free("a", "1", 0.1, 100, 1),
                new ModelFit.Free("tau", "1", 0.1, 100, 30));
        ModelFit.Result lm = ModelFit.fit(model, measured, free, 200, ModelFit.Method.LEAST_SQUARES);
        ModelFit.Result simplex = ModelFit.fit(model, measured, free, 2000, ModelFit.Method.SIMPLEX);
        for (int j = 0; j < 2; j++) {
            assertEquals(lm.values()[j], simplex.values()[j], 0.005 * lm.values()[j], "value " + j);
            assertEquals(lm.sigmas()[j], simplex.sigmas()[j], 0.25 * lm.sigmas()[j], "standard error " + j);
        }
        assertEquals(a, simplex.values()[0], 3 * simplex.sigmas()[0]);
        assertEquals(tau, simplex.values()[1], 3 * simplex.sigmas()[1]);
        assertTrue(simplex.evaluations() <= 2000 + 3, "within its run budget: " + simplex.evaluations());
    }

    @Test
    void theSimplexFitsAModelWhoseOutputJumps() {
        double a = 2.3;
        ModelFit.Model model = p -> java.util.Arrays.stream(X).map(x -> Math.round(p[0] * x)).toArray();
        double[] measured = model.at(new double[] { a });
        List<ModelFit.Free> free = List.of(new ModelFit.Free("a", "1", 0.5, 5, 1.0));
        ModelFit.Result simplex = ModelFit.fit(model, measured, free, 400, ModelFit.Method.SIMPLEX);
        assertEquals(a, simplex.values()[0], 0.02, "round(a·x) on x = 1…30 pins a to about ±0.017");
        assertTrue(simplex.rSquared() > 0.999, "R² = " + simplex.rSquared());
        double lmRms;
        try {
            lmRms = ModelFit.fit(model, measured, free, 100, ModelFit.Method.LEAST_SQUARES).rms();
        } catch (MathIllegalStateException e) {
            lmRms = Double.POSITIVE_INFINITY;
        }
        assertTrue(simplex.rms() < lmRms, "the simplex leaves less residual (" + simplex.rms()
                + ") than finite differences that see no slope (" + lmRms + ")");
    }
}
