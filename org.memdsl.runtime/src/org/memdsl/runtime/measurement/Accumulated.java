package org.memdsl.runtime.measurement;

/**
 * Increase of an accumulated quantity (charge, energy) between two times, read from a run's
 * columns. The simulator integrates these quantities with the device state and records them at
 * every pulse edge, so over a pulse plateau the result is exact to the integrator's tolerance;
 * between samples it is interpolated linearly.
 */
public final class Accumulated {

    private Accumulated() {
    }

    public static double between(double[] time, double[] accumulated, double from, double to) {
        if (!(to > from)) {
            throw new IllegalArgumentException("empty window [" + from + ", " + to + "]");
        }
        return valueAt(time, accumulated, to) - valueAt(time, accumulated, from);
    }

    /** Mean of the rate of {@code accumulated} over the window, e.g. mean current from charge. */
    public static double meanRate(double[] time, double[] accumulated, double from, double to) {
        return between(time, accumulated, from, to) / (to - from);
    }

    private static double valueAt(double[] time, double[] accumulated, double t) {
        int lo = 0;
        int hi = time.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (time[mid] < t) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        if (lo < time.length && time[lo] == t) {
            return accumulated[lo];
        }
        if (lo == 0) {
            return accumulated[0];
        }
        if (lo == time.length) {
            return accumulated[time.length - 1];
        }
        double f = (t - time[lo - 1]) / (time[lo] - time[lo - 1]);
        return accumulated[lo - 1] + f * (accumulated[lo] - accumulated[lo - 1]);
    }
}
