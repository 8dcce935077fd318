package org.memdsl.runtime.stimulus;

import java.util.Arrays;

/** Sorting and de-duplication of breakpoint lists. */
final class Breakpoints {

    /**
     * Breakpoints closer than this, relative to their time (absolute below 1 s), are one: sums of
     * pulse periods accumulate rounding, and the integrator refuses intervals shorter than about
     * 1e-12 of the current time.
     */
    private static final double MERGE_TOLERANCE = 1e-11;

    private Breakpoints() {
    }

    static double[] normalise(double[] points) {
        double[] sorted = points.clone();
        Arrays.sort(sorted);
        double[] out = new double[sorted.length];
        int n = 0;
        for (double p : sorted) {
            if (n == 0 || p - out[n - 1] > MERGE_TOLERANCE * Math.max(1.0, Math.abs(p))) {
                out[n++] = p;
            }
        }
        return Arrays.copyOf(out, n);
    }
}
