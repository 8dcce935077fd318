package org.memdsl.runtime.study;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.hipparchus.random.Well19937c;
import org.junit.jupiter.api.Test;

/**
 * The points of a study: spacing with exact ends, grid order (first axis slowest), values swept
 * together, and variations that depend only on the study's seed and the point's index — the
 * property that makes a study's table the same whatever runs its points in whatever order.
 */
class StudyDesignTest {

    private static final StudyDesign.Axis AMPLITUDE = new StudyDesign.Axis(List.of(
            new StudyDesign.Swept("pairs.amplitude", "V", Spacing.LINEAR.values(1, 2, 3))));
    private static final StudyDesign.Axis WIDTH_AND_REST = new StudyDesign.Axis(List.of(
            new StudyDesign.Swept("pairs.width", "s", new double[] { 1e-3, 2e-3 }),
            new StudyDesign.Swept("pairs.rest", "s", new double[] { 10e-3, 20e-3 })));

    @Test
    void spacingsEndExactlyWhereWritten() {
        assertArrayEquals(new double[] { 1, 1.5, 2 }, Spacing.LINEAR.values(1, 2, 3), 0.0);
        double[] log = Spacing.LOGARITHMIC.values(1e-8, 1e-6, 5);
        assertEquals(1e-8, log[0], 0.0);
        assertEquals(1e-6, log[4], 0.0);
        assertEquals(Math.sqrt(10), log[1] / log[0], 1e-12);
        assertEquals(1e-7, log[2], 1e-22);
        assertThrows(IllegalArgumentException.class, () -> Spacing.LOGARITHMIC.values(0, 1, 3));
        assertThrows(IllegalArgumentException.class, () -> Spacing.LINEAR.values(0, 1, 1));
    }

    @Test
    void aGridRunsTheFirstAxisSlowestAndSweepsZippedValuesTogether() {
        StudyDesign design = new StudyDesign(List.of(AMPLITUDE, WIDTH_AND_REST), List.of(), 1, 7, 42);
        assertEquals(6, design.size());
        StudyPoint p = design.point(3, (name, swept) -> 0);
        assertEquals(Map.of("pairs.amplitude", 1.5, "pairs.width", 2e-3, "pairs.rest", 20e-3), p.values());
        assertEquals(42, p.seed(), "a study that draws nothing runs each point with the experiment's seed");
        assertThrows(IllegalArgumentException.class, () -> new StudyDesign.Axis(List.of(
                new StudyDesign.Swept("a", "V", new double[] { 1, 2 }),
                new StudyDesign.Swept("b", "s", new double[] { 1 }))));
    }

    @Test
    void aPointsVariationsDependOnlyOnTheSeedAndItsIndex() {
        StudyDesign design = new StudyDesign(List.of(AMPLITUDE), List.of(new StudyDesign.Variation("device.g_max",
                "S", 0.2, true, Distribution.LOGNORMAL)), 50, 11, 0);
        StudyDesign.Nominal nominal = (name, swept) -> 1e-7;
        StudyPoint late = design.point(120, nominal);
        for (long i = 0; i < 120; i++) {
            design.point(i, nominal);
        }
        assertEquals(late, design.point(120, nominal), "the same point whatever was drawn before");
        assertEquals(2.0, late.values().get("pairs.amplitude"), 0.0, "point 120 of 3 × 50 is on the third value");
        assertEquals(20, late.sample());
        assertNotEquals(design.point(121, nominal).values().get("device.g_max"), late.values().get("device.g_max"));
        assertNotEquals(late.values().get("device.g_max"),
                design.withSeed(12).point(120, nominal).values().get("device.g_max"), "another seed, other draws");
    }

    /** Log-normal 20 %: ln(g/g0) has mean 0 and standard deviation 0.2 (20 000 seeded draws, 3 % on σ). */
    @Test
    void distributionsHaveTheirStatedSpread() {
        Well19937c random = new Well19937c(5);
        int n = 20_000;
        double sum = 0;
        double sum2 = 0;
        double uniformMax = 0;
        double normalSum2 = 0;
        for (int i = 0; i < n; i++) {
            double x = Math.log(Distribution.LOGNORMAL.draw(2.0, 0.2, true, random) / 2.0);
            sum += x;
            sum2 += x * x;
            double u = Distribution.UNIFORM.draw(10.0, 1.0, false, random);
            uniformMax = Math.max(uniformMax, Math.abs(u - 10.0));
            double g = Distribution.NORMAL.draw(5.0, 0.1, true, random) - 5.0;
            normalSum2 += g * g;
        }
        assertEquals(0.0, sum / n, 0.005);
        assertEquals(0.2, Math.sqrt(sum2 / n), 0.2 * 0.03);
        assertEquals(1.0, uniformMax, 0.01, "uniform on [v − s, v + s] for an absolute spread");
        assertEquals(0.5, Math.sqrt(normalSum2 / n), 0.5 * 0.03, "normal σ = 10 % of 5");
    }

    /**
     * Correlated variations (Gaussian copula), 20 000 points: the logarithms of two log-normal
     * parameters correlate with the coefficient given (ρ = 0.8), two uniform ones with the copula's
     * analytic Pearson coefficient (6/π)·asin(ρ/2) = 0.786 for ρ = 0.8 (Pearson 1907, Kruskal
     * 1958: docs/models.md#gaussian-copula); the standard error of r at n = 20 000 is (1 − ρ²)/√n ≈ 0.003, the
     * tolerance 0.015. Each marginal keeps its spread; a parameter not correlated stays independent.
     */
    @Test
    void correlatedVariationsHaveTheGivenCoefficientAndKeepTheirSpread() {
        List<StudyDesign.Variation> varied = List.of(
                new StudyDesign.Variation("device.g_on", "S", 0.3, true, Distribution.LOGNORMAL),
                new StudyDesign.Variation("device.g_off", "S", 0.3, true, Distribution.LOGNORMAL),
                new StudyDesign.Variation("pairs.amplitude", "V", 0.1, false, Distribution.UNIFORM),
                new StudyDesign.Variation("pairs.width", "s", 1e-4, false, Distribution.UNIFORM),
                new StudyDesign.Variation("device.tau", "s", 0.1, true, Distribution.NORMAL));
        StudyDesign design = new StudyDesign(List.of(), varied, List.of(
                new StudyDesign.Correlation("device.g_on", "device.g_off", 0.8),
                new StudyDesign.Correlation("pairs.amplitude", "pairs.width", 0.8)), 20_000, 3, 0);
        Map<String, Double> nominal = Map.of("device.g_on", 1e-6, "device.g_off", 1e-9, "pairs.amplitude", 1.0,
                "pairs.width", 1e-3, "device.tau", 0.05);
        int n = (int) design.size();
        double[][] x = new double[5][n];
        for (int i = 0; i < n; i++) {
            StudyPoint p = design.point(i, (name, swept) -> nominal.get(name));
            x[0][i] = Math.log(p.values().get("device.g_on") / 1e-6);
            x[1][i] = Math.log(p.values().get("device.g_off") / 1e-9);
            x[2][i] = p.values().get("pairs.amplitude");
            x[3][i] = p.values().get("pairs.width");
            x[4][i] = p.values().get("device.tau");
        }
        assertEquals(0.8, pearson(x[0], x[1]), 0.015, "log-normal: ρ of the logarithms");
        assertEquals(6 / Math.PI * Math.asin(0.4), pearson(x[2], x[3]), 0.015, "uniform: the copula's r");
        assertEquals(0.0, pearson(x[0], x[4]), 0.03, "not correlated: independent");
        assertEquals(0.3, Math.sqrt(covariance(x[0], x[0])), 0.3 * 0.03, "the marginal's spread stays");
        double amplitudeMax = java.util.Arrays.stream(x[2]).map(a -> Math.abs(a - 1.0)).max().orElseThrow();
        assertEquals(0.1, amplitudeMax, 0.002, "the uniform marginal stays on [v − s, v + s]");
    }

    @Test
    void inconsistentCorrelationsAreRefusedWithWhy() {
        List<StudyDesign.Variation> varied = List.of(
                new StudyDesign.Variation("a", "1", 0.1, true, Distribution.NORMAL),
                new StudyDesign.Variation("b", "1", 0.1, true, Distribution.NORMAL),
                new StudyDesign.Variation("c", "1", 0.1, true, Distribution.NORMAL));
        // a ~ b and b ~ c strongly, a ~ c strongly opposite: no joint distribution
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new StudyDesign(List.of(),
                varied, List.of(new StudyDesign.Correlation("a", "b", 0.9), new StudyDesign.Correlation("b", "c", 0.9),
                        new StudyDesign.Correlation("a", "c", -0.9)), 10, 1, 0));
        assertTrue(e.getMessage().contains("not positive definite"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> new StudyDesign(List.of(), varied,
                List.of(new StudyDesign.Correlation("a", "d", 0.5)), 10, 1, 0), "d is not varied");
        assertThrows(IllegalArgumentException.class, () -> new StudyDesign(List.of(), varied,
                List.of(new StudyDesign.Correlation("a", "b", 1.5)), 10, 1, 0), "outside [-1, 1]");
    }

    private static double pearson(double[] a, double[] b) {
        return covariance(a, b) / Math.sqrt(covariance(a, a) * covariance(b, b));
    }

    /** The covariance of {@code a} and {@code b} (population form). */
    private static double covariance(double[] a, double[] b) {
        double ma = java.util.Arrays.stream(a).average().orElseThrow();
        double mb = java.util.Arrays.stream(b).average().orElseThrow();
        double c = 0;
        for (int i = 0; i < a.length; i++) {
            c += (a[i] - ma) * (b[i] - mb);
        }
        return c / a.length;
    }
}
