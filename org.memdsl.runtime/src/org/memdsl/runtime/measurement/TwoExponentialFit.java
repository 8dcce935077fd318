package org.memdsl.runtime.measurement;

import java.util.ArrayList;
import java.util.List;

import org.hipparchus.analysis.ParametricUnivariateFunction;
import org.hipparchus.fitting.SimpleCurveFitter;
import org.hipparchus.fitting.WeightedObservedPoint;

/**
 * Least-squares fit of {@code y = c1·e^(−x/τ1) + c2·e^(−x/τ2)} (the usual description of the PPF
 * decay with the inter-pulse interval: a fast and a slow component) with Hipparchus'
 * Levenberg–Marquardt curve fitter. The time constants are fitted through their logarithms, so
 * they stay positive; the result has {@code τ1 ≤ τ2}.
 */
public record TwoExponentialFit(double c1, double tau1, double c2, double tau2, double rms, double rSquared) {

    /** Below this coefficient of determination the model is said not to describe the data. */
    public static final double MIN_R_SQUARED = 0.9;

    /** Time constants closer than this (relative) are one exponential fitted twice. */
    private static final double DISTINCT_TAUS = 0.05;

    /** Fewer points than this cannot determine four parameters with any confidence. */
    public static final int MIN_POINTS = 5;

    private static final ParametricUnivariateFunction MODEL = new ParametricUnivariateFunction() {
        @Override
        public double value(double x, double... p) {
            return p[0] * Math.exp(-x * Math.exp(-p[1])) + p[2] * Math.exp(-x * Math.exp(-p[3]));
        }

        @Override
        public double[] gradient(double x, double... p) {
            double e1 = Math.exp(-x * Math.exp(-p[1]));
            double e2 = Math.exp(-x * Math.exp(-p[3]));
            return new double[] { e1, p[0] * e1 * x * Math.exp(-p[1]), e2, p[2] * e2 * x * Math.exp(-p[3]) };
        }
    };

    /**
     * Why the fit does not describe the data (the model is degenerate: both time constants the
     * same, or it explains too little of the variance), or null when it does.
     */
    public String doesNotFit() {
        if (!(rSquared >= MIN_R_SQUARED)) {
            return String.format(java.util.Locale.ROOT, "the two-exponential model does not fit (R² = %.3g < %s)",
                    rSquared, MIN_R_SQUARED);
        }
        if (Math.abs(tau2 - tau1) <= DISTINCT_TAUS * tau2) {
            return String.format(java.util.Locale.ROOT,
                    "the fit is degenerate: τ1 ≈ τ2 ≈ %.3g s, one exponential, not two", tau1);
        }
        return null;
    }

    public double value(double x) {
        return c1 * Math.exp(-x / tau1) + c2 * Math.exp(-x / tau2);
    }

    /** @throws IllegalArgumentException with fewer than {@link #MIN_POINTS} points */
    public static TwoExponentialFit of(double[] x, double[] y) {
        if (x.length < MIN_POINTS || x.length != y.length) {
            throw new IllegalArgumentException("a two-exponential fit needs at least " + MIN_POINTS + " points");
        }
        double xMin = Double.MAX_VALUE;
        double xMax = -Double.MAX_VALUE;
        List<WeightedObservedPoint> points = new ArrayList<>();
        for (int i = 0; i < x.length; i++) {
            xMin = Math.min(xMin, x[i]);
            xMax = Math.max(xMax, x[i]);
            points.add(new WeightedObservedPoint(1.0, x[i], y[i]));
        }
        double span = Math.max(xMax - xMin, Math.abs(xMax) * 1e-3);
        double first = y[0];
        double[] start = { first, Math.log(span / 10), first / 2, Math.log(span / 2) };
        double[] p = SimpleCurveFitter.create(MODEL, start).withMaxIterations(10_000).fit(points);
        double sum = 0;
        for (int i = 0; i < x.length; i++) {
            double r = y[i] - MODEL.value(x[i], p);
            sum += r * r;
        }
        double rms = Math.sqrt(sum / x.length);
        double[] fitted = new double[x.length];
        for (int i = 0; i < x.length; i++) {
            fitted[i] = MODEL.value(x[i], p);
        }
        double rSquared = FitQuality.rSquared(y, fitted);
        double tauA = Math.exp(p[1]);
        double tauB = Math.exp(p[3]);
        return tauA <= tauB ? new TwoExponentialFit(p[0], tauA, p[2], tauB, rms, rSquared)
                : new TwoExponentialFit(p[2], tauB, p[0], tauA, rms, rSquared);
    }
}
