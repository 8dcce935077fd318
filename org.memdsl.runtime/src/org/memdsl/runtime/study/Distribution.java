package org.memdsl.runtime.study;

import org.hipparchus.random.RandomGenerator;

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
        double sigma = relative ? spread * Math.abs(nominal) : spread;
        return switch (this) {
            case LOGNORMAL -> nominal * Math.exp((relative ? spread
                    : Math.log1p(spread / Math.max(Math.abs(nominal), Double.MIN_NORMAL))) * random.nextGaussian());
            case NORMAL -> nominal + sigma * random.nextGaussian();
            case UNIFORM -> nominal + sigma * (2 * random.nextDouble() - 1);
        };
    }
}
