package org.memdsl.runtime.stimulus;

import java.util.Arrays;

/** Sorting and de-duplication of breakpoint lists. */
final class Breakpoints {

    private static final double MERGE_TOLERANCE = 1e-15;

    private Breakpoints() {
    }

    static double[] normalise(double[] points) {
        double[] sorted = points.clone();
        Arrays.sort(sorted);
        double[] out = new double[sorted.length];
        int n = 0;
        for (double p : sorted) {
            if (n == 0 || p - out[n - 1] > MERGE_TOLERANCE) {
                out[n++] = p;
            }
        }
        return Arrays.copyOf(out, n);
    }
}
