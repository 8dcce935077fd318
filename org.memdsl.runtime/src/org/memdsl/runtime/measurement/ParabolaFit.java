package org.memdsl.runtime.measurement;

import java.util.ArrayList;
import java.util.List;

import org.hipparchus.fitting.PolynomialCurveFitter;
import org.hipparchus.fitting.WeightedObservedPoint;

/**
 * Least-squares parabola {@code y = a0 + a1·x + a2·x²} (paper A of docs/papers.md fits its BCM "tick"
 * with one) and the point where it turns from depression to potentiation.
 */
public record ParabolaFit(double a0, double a1, double a2) {

    public static final int MIN_POINTS = 3;

    public static ParabolaFit of(double[] x, double[] y) {
        if (x.length < MIN_POINTS || x.length != y.length) {
            throw new IllegalArgumentException("a parabola fit needs at least " + MIN_POINTS + " points");
        }
        List<WeightedObservedPoint> points = new ArrayList<>();
        for (int i = 0; i < x.length; i++) {
            points.add(new WeightedObservedPoint(1.0, x[i], y[i]));
        }
        double[] c = PolynomialCurveFitter.create(2).fit(points);
        return new ParabolaFit(c[0], c[1], c[2]);
    }

    public double value(double x) {
        return a0 + x * (a1 + x * a2);
    }

    /**
     * The root at which the parabola goes from negative to positive (the BCM sign-change
     * frequency), or NaN when there is none.
     */
    public double risingRoot() {
        if (a2 == 0) {
            return a1 > 0 ? -a0 / a1 : Double.NaN;
        }
        double discriminant = a1 * a1 - 4 * a2 * a0;
        if (discriminant < 0) {
            return Double.NaN;
        }
        double root = Math.sqrt(discriminant);
        // The slope at a root r is 2·a2·r + a1 = ±√D: the rising one has slope +√D.
        return (-a1 + root) / (2 * a2);
    }
}
