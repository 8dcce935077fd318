package org.memdsl.runtime.measurement;

import org.hipparchus.optim.MaxEval;
import org.hipparchus.optim.nonlinear.scalar.GoalType;
import org.hipparchus.optim.univariate.BrentOptimizer;
import org.hipparchus.optim.univariate.SearchInterval;
import org.hipparchus.optim.univariate.UnivariateObjectiveFunction;

/**
 * Least-squares fit of a saturating curve {@code y = c0 − c1·e^(−n/A)} against pulse number
 * {@code n}: the shape of NeuroSim's LTP/LTD curves, whose {@code A} (in pulses) is the usual
 * nonlinearity parameter (small: strongly nonlinear; large: nearly linear). {@code c0, c1} are
 * linear and solved exactly for each {@code A}; {@code ln A} is found by Brent's method (Hipparchus).
 */
public record SaturatingFit(double a, double c0, double c1, double rms) {

    public static final int MIN_POINTS = 4;

    /** Bounds of the search in pulses; a curve straighter than the upper bound reports it. */
    private static final double MIN_A = 1e-2;
    private static final double MAX_A = 1e5;

    public static SaturatingFit of(double[] n, double[] y) {
        if (n.length < MIN_POINTS || n.length != y.length) {
            throw new IllegalArgumentException("a saturating fit needs at least " + MIN_POINTS + " points");
        }
        BrentOptimizer brent = new BrentOptimizer(1e-12, 1e-14);
        double lnA = brent.optimize(new MaxEval(10_000), GoalType.MINIMIZE,
                new SearchInterval(Math.log(MIN_A), Math.log(MAX_A)),
                new UnivariateObjectiveFunction(x -> linear(n, y, Math.exp(x))[2])).getPoint();
        double[] c = linear(n, y, Math.exp(lnA));
        return new SaturatingFit(Math.exp(lnA), c[0], c[1], Math.sqrt(c[2] / n.length));
    }

    public double value(double pulse) {
        return c0 - c1 * Math.exp(-pulse / a);
    }

    /** {@code c0, c1} by linear least squares in the basis {@code 1, −e^(−n/A)}, and the residual sum. */
    private static double[] linear(double[] n, double[] y, double a) {
        double s1 = 0;
        double se = 0;
        double see = 0;
        double sy = 0;
        double sey = 0;
        for (int i = 0; i < n.length; i++) {
            double e = -Math.exp(-n[i] / a);
            s1 += 1;
            se += e;
            see += e * e;
            sy += y[i];
            sey += e * y[i];
        }
        double det = s1 * see - se * se;
        double c0 = det == 0 ? sy / s1 : (sy * see - se * sey) / det;
        double c1 = det == 0 ? 0 : (s1 * sey - se * sy) / det;
        double sum = 0;
        for (int i = 0; i < n.length; i++) {
            double r = y[i] - (c0 - c1 * Math.exp(-n[i] / a));
            sum += r * r;
        }
        return new double[] { c0, c1, sum };
    }
}
