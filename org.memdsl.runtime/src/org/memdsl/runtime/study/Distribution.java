package org.memdsl.runtime.study;

import org.hipparchus.random.RandomGenerator;
import org.hipparchus.special.Erf;

/**
 * How a varied parameter is drawn around its nominal value {@code v}, with a spread {@code s}
 * relative (a fraction of {@code v}, written in %) or absolute (in the parameter's unit).
 */
public enum Distribution {

    /** {@code v·e^(σz)}, σ = s (relative) or ln(1 + s/|v|) (absolute): never changes sign. */
    LOGNORMAL("lognormal"),
    /** {@code v + σz}, σ = s·|v| or s. */
    NORMAL("normal"),
    /** {@code v + σ(2u − 1)}: uniform on {@code [v − σ, v + σ]}, σ = s·|v| or s. */
    UNIFORM("uniform");

    private final String keyword;

    Distribution(String keyword) {
        this.keyword = keyword;
    }

    public String keyword() {
        return keyword;
    }

    /** The distribution written as {@code keyword}; empty names none known. */
    public static java.util.Optional<Distribution> of(String keyword) {
        for (Distribution d : values()) {
            if (d.keyword.equals(keyword)) {
                return java.util.Optional.of(d);
            }
        }
        return java.util.Optional.empty();
    }

    /** One draw around {@code nominal}. */
    public double draw(double nominal, double spread, boolean relative, RandomGenerator random) {
        return switch (this) {
            case LOGNORMAL, NORMAL -> fromStandardNormal(nominal, spread, relative, random.nextGaussian());
            case UNIFORM -> nominal + sigma(nominal, spread, relative) * (2 * random.nextDouble() - 1);
        };
    }

    /**
     * The value whose standard-normal score is {@code z} (a Gaussian copula): for a uniform
     * distribution {@code u = Φ(z)}, so correlated normals give correlated uniforms.
     */
    public double fromStandardNormal(double nominal, double spread, boolean relative, double z) {
        return switch (this) {
            case LOGNORMAL -> nominal * Math.exp((relative ? spread
                    : Math.log1p(spread / Math.max(Math.abs(nominal), Double.MIN_NORMAL))) * z);
            case NORMAL -> nominal + sigma(nominal, spread, relative) * z;
            case UNIFORM -> nominal + sigma(nominal, spread, relative) * (2 * (0.5 * Erf.erfc(-z / Math.sqrt(2))) - 1);
        };
    }

    private static double sigma(double nominal, double spread, boolean relative) {
        return relative ? spread * Math.abs(nominal) : spread;
    }
}
