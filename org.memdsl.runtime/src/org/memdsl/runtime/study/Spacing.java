package org.memdsl.runtime.study;

/** Evenly spaced values of a sweep axis, as {@code numpy.linspace} and {@code numpy.logspace} of the ends give them. */
public enum Spacing {

    LINEAR("linspace"), LOGARITHMIC("logspace");

    private final String keyword;

    Spacing(String keyword) {
        this.keyword = keyword;
    }

    public String keyword() {
        return keyword;
    }

    /** The spacing written as {@code keyword}. */
    public static Spacing of(String keyword) {
        for (Spacing s : values()) {
            if (s.keyword.equals(keyword)) {
                return s;
            }
        }
        throw new IllegalArgumentException("no spacing '" + keyword + "' (linspace, logspace)");
    }

    /**
     * {@code points} values from {@code from} to {@code to}, both included; the ends are exact.
     *
     * @throws IllegalArgumentException for fewer than 2 points, or logarithmic ends that are not both positive
     */
    public double[] values(double from, double to, int points) {
        if (points < 2) {
            throw new IllegalArgumentException(keyword + " needs at least 2 points, got " + points);
        }
        if (this == LOGARITHMIC && !(from > 0 && to > 0)) {
            throw new IllegalArgumentException("logspace needs two positive ends");
        }
        double[] out = new double[points];
        for (int k = 0; k < points; k++) {
            double f = (double) k / (points - 1);
            out[k] = this == LINEAR ? from + (to - from) * f
                    : Math.exp(Math.log(from) + (Math.log(to) - Math.log(from)) * f);
        }
        out[0] = from;
        out[points - 1] = to;
        return out;
    }
}
