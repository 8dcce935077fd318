package org.memdsl.runtime.study;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.hipparchus.exception.MathIllegalArgumentException;
import org.hipparchus.linear.Array2DRowRealMatrix;
import org.hipparchus.linear.CholeskyDecomposition;
import org.hipparchus.random.Well19937c;

/**
 * The points of a study: a grid over its axes (the first axis changes slowest; the values of one
 * axis are swept together), each repeated {@code samples} times with its variations drawn afresh.
 * Point {@code i} depends only on the design and {@code i}: its variations come from a generator
 * seeded with {@link StudyPoint#seedOf}{@code (seed, i)}, in the order the variations are declared.
 * Correlated variations are drawn through a Gaussian copula: standard normals {@code z = Lε} with
 * {@code LLᵀ} the correlation matrix (Cholesky), each mapped to its distribution
 * ({@link Distribution#fromStandardNormal}); without correlations every draw is independent.
 *
 * @param runSeed the seed of every run when the study draws nothing (no variation, one sample), so a
 *        point equals the experiment run alone with the point's values; otherwise each point's run
 *        has its own derived seed
 */
public record StudyDesign(List<Axis> axes, List<Variation> variations, List<Correlation> correlations, int samples,
        long seed, long runSeed) {

    /** Points beyond this are refused before anything runs. */
    public static final long MAX_POINTS = 1_000_000;

    /** A parameter and the values an axis gives it. */
    public record Swept(String name, String unit, double[] values) {
    }

    /** Parameters swept together: the same number of values each. */
    public record Axis(List<Swept> swept) {
        public Axis {
            swept = List.copyOf(swept);
            if (swept.isEmpty()) {
                throw new IllegalArgumentException("an axis sweeps at least one parameter");
            }
            int n = swept.get(0).values().length;
            for (Swept s : swept) {
                if (s.values().length != n) {
                    throw new IllegalArgumentException("values swept together must be as many: " + swept.get(0).name()
                            + " has " + n + ", " + s.name() + " has " + s.values().length);
                }
            }
        }

        public int size() {
            return swept.get(0).values().length;
        }
    }

    /**
     * A parameter drawn around its nominal value at every point (device to device) or, with
     * {@code perCycle}, at every cycle of a point's run ({@link CycleToCycleModel}).
     */
    public record Variation(String name, String unit, double spread, boolean relative, Distribution distribution,
            boolean perCycle) {

        /** A device-to-device variation. */
        public Variation(String name, String unit, double spread, boolean relative, Distribution distribution) {
            this(name, unit, spread, relative, distribution, false);
        }
    }

    /**
     * The correlation coefficient of the standard normals behind two variations (for lognormal ones,
     * of the logarithms; for uniform ones, a Pearson correlation of {@code (6/π)·asin(ρ/2)}).
     */
    public record Correlation(String first, String second, double coefficient) {
    }

    /** The nominal value of a varied parameter at a point, given the point's swept values. */
    @FunctionalInterface
    public interface Nominal {
        double of(String parameter, Map<String, Double> swept);
    }

    /**
     * @throws IllegalArgumentException when a correlation names a parameter that is not varied, a
     *         coefficient is outside [−1, 1], a pair is named twice, or the coefficients together are
     *         no correlation matrix (not positive definite)
     */
    public StudyDesign {
        axes = List.copyOf(axes);
        variations = List.copyOf(variations);
        correlations = List.copyOf(correlations);
        if (samples < 1) {
            throw new IllegalArgumentException("a study takes at least one sample per point");
        }
        if (!correlations.isEmpty()) {
            lowerFactor(deviceToDevice(variations), correlations);
        }
    }

    private static List<Variation> deviceToDevice(List<Variation> variations) {
        return variations.stream().filter(v -> !v.perCycle()).toList();
    }

    /** The variations drawn at every cycle of a run, not per point. */
    public List<Variation> cycleToCycle() {
        return variations.stream().filter(Variation::perCycle).toList();
    }

    /** A design without correlated variations. */
    public StudyDesign(List<Axis> axes, List<Variation> variations, int samples, long seed, long runSeed) {
        this(axes, variations, List.of(), samples, seed, runSeed);
    }

    /** This design with every seed replaced by {@code newSeed} (the command line's {@code --seed}). */
    public StudyDesign withSeed(long newSeed) {
        return new StudyDesign(axes, variations, correlations, samples, newSeed, newSeed);
    }

    /** The Cholesky factor L of the variations' correlation matrix (LLᵀ = R), checking R on the way. */
    private static double[][] lowerFactor(List<Variation> variations, List<Correlation> correlations) {
        int n = variations.size();
        double[][] r = new double[n][n];
        for (int i = 0; i < n; i++) {
            r[i][i] = 1;
        }
        for (Correlation c : correlations) {
            int i = indexOf(variations, c.first());
            int j = indexOf(variations, c.second());
            if (i == j) {
                throw new IllegalArgumentException("a parameter is not correlated with itself: " + c.first());
            }
            if (!(Math.abs(c.coefficient()) <= 1)) {
                throw new IllegalArgumentException("a correlation coefficient lies in [-1, 1]; " + c.first() + ", "
                        + c.second() + " has " + c.coefficient());
            }
            if (r[i][j] != 0) {
                throw new IllegalArgumentException(c.first() + " and " + c.second() + " are correlated twice");
            }
            r[i][j] = c.coefficient();
            r[j][i] = c.coefficient();
        }
        try {
            return new CholeskyDecomposition(new Array2DRowRealMatrix(r, false), 1e-12, 1e-10).getL().getData();
        } catch (MathIllegalArgumentException e) {
            throw new IllegalArgumentException("no joint distribution has these correlations together (their matrix "
                    + "is not positive definite; |ρ| = 1 included): weaken them");
        }
    }

    private static int indexOf(List<Variation> variations, String name) {
        for (int k = 0; k < variations.size(); k++) {
            if (variations.get(k).name().equals(name)) {
                return k;
            }
        }
        throw new IllegalArgumentException(name + " is not varied device to device in this study: 'correlate' "
                + "names two parameters that 'vary' draws for each point");
    }

    /** How many points (saturating at {@link Long#MAX_VALUE}). */
    public long size() {
        long n = samples;
        for (Axis a : axes) {
            n = a.size() != 0 && n > Long.MAX_VALUE / a.size() ? Long.MAX_VALUE : n * a.size();
        }
        return n;
    }

    /** Whether any point draws random numbers. */
    public boolean draws() {
        return !variations.isEmpty() || samples > 1;
    }

    /** Point {@code index} (0 ≤ index < {@link #size()}). */
    public StudyPoint point(long index, Nominal nominal) {
        long rest = index / samples;
        int sample = (int) (index % samples);
        int[] at = new int[axes.size()];
        for (int a = axes.size() - 1; a >= 0; a--) {
            at[a] = (int) (rest % axes.get(a).size());
            rest /= axes.get(a).size();
        }
        Map<String, Double> values = new LinkedHashMap<>();
        for (int a = 0; a < axes.size(); a++) {
            for (Swept s : axes.get(a).swept()) {
                values.put(s.name(), s.values()[at[a]]);
            }
        }
        long pointSeed = StudyPoint.seedOf(seed, index);
        List<Variation> drawn = deviceToDevice(variations);
        if (!drawn.isEmpty() && correlations.isEmpty()) {
            Well19937c random = new Well19937c(pointSeed);
            Map<String, Double> swept = Map.copyOf(values);
            for (Variation v : drawn) {
                values.put(v.name(), v.distribution().draw(nominal.of(v.name(), swept), v.spread(), v.relative(),
                        random));
            }
        } else if (!drawn.isEmpty()) {
            Well19937c random = new Well19937c(pointSeed);
            Map<String, Double> swept = Map.copyOf(values);
            double[][] l = lowerFactor(drawn, correlations);
            double[] epsilon = new double[drawn.size()];
            for (int k = 0; k < epsilon.length; k++) {
                epsilon[k] = random.nextGaussian();
            }
            for (int k = 0; k < epsilon.length; k++) {
                double z = 0;
                for (int j = 0; j <= k; j++) {
                    z += l[k][j] * epsilon[j];
                }
                Variation v = drawn.get(k);
                values.put(v.name(), v.distribution().fromStandardNormal(nominal.of(v.name(), swept), v.spread(),
                        v.relative(), z));
            }
        }
        return new StudyPoint(index, values, sample, draws() ? pointSeed : runSeed);
    }

    /** The parameters of the study's table, in column order: swept ones, then varied ones. */
    public Map<String, String> parameterUnits() {
        Map<String, String> units = new LinkedHashMap<>();
        axes.forEach(a -> a.swept().forEach(s -> units.put(s.name(), s.unit())));
        deviceToDevice(variations).forEach(v -> units.put(v.name(), v.unit()));
        return units;
    }
}
