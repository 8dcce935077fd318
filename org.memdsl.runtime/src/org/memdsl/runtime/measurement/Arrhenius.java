package org.memdsl.runtime.measurement;

import java.util.ArrayList;
import java.util.List;

import org.hipparchus.fitting.PolynomialCurveFitter;
import org.hipparchus.fitting.WeightedObservedPoint;

/**
 * Arrhenius fit of thermally activated times, {@code t = t0·exp(E_a/(k_B·T))}: a least-squares line
 * of {@code ln t} against {@code 1/(k_B·T)} (Hipparchus polynomial fitter, degree 1), whose slope
 * is the activation energy in eV.
 */
public record Arrhenius(double activationEnergy, double prefactor, double rSquared) {

    /** Boltzmann constant in eV/K. */
    public static final double BOLTZMANN_EV = 8.617333262e-5;

    public static Arrhenius fit(double[] temperatures, double[] times) {
        if (temperatures.length < 2 || temperatures.length != times.length) {
            throw new IllegalArgumentException("an Arrhenius fit needs at least two (temperature, time) pairs");
        }
        List<WeightedObservedPoint> points = new ArrayList<>();
        double mean = 0;
        for (int k = 0; k < times.length; k++) {
            if (!(times[k] > 0 && temperatures[k] > 0)) {
                throw new IllegalArgumentException("times and temperatures must be > 0");
            }
            points.add(new WeightedObservedPoint(1, 1 / (BOLTZMANN_EV * temperatures[k]), Math.log(times[k])));
            mean += Math.log(times[k]) / times.length;
        }
        double[] line = PolynomialCurveFitter.create(1).fit(points);
        double residual = 0;
        double total = 0;
        for (WeightedObservedPoint p : points) {
            double r = p.getY() - (line[0] + line[1] * p.getX());
            residual += r * r;
            total += (p.getY() - mean) * (p.getY() - mean);
        }
        return new Arrhenius(line[1], Math.exp(line[0]), total == 0 ? 1.0 : 1 - residual / total);
    }

    /** Time predicted at {@code temperature}. */
    public double time(double temperature) {
        return prefactor * Math.exp(activationEnergy / (BOLTZMANN_EV * temperature));
    }
}
