package org.memdsl.runtime.measurement;

/**
 * Time average of a sampled signal over a window. A breakpoint appears as two rows with the same
 * time (left and right limits): the window start takes the right limit and the window end the
 * left limit, so a pulse plateau is averaged without its edges.
 */
final class TimeAverage {

    private TimeAverage() {
    }

    static double over(double[] time, double[] value, double from, double to) {
        if (!(to > from)) {
            throw new IllegalArgumentException("empty averaging window [" + from + ", " + to + "]");
        }
        int i = firstAbove(time, from);
        double tPrev = from;
        double vPrev = i > 0 && time[i - 1] == from ? value[i - 1] : interpolate(time, value, from);
        double integral = 0;
        while (i < time.length && time[i] < to) {
            integral += 0.5 * (vPrev + value[i]) * (time[i] - tPrev);
            tPrev = time[i];
            vPrev = value[i];
            i++;
        }
        double vEnd = i < time.length && time[i] == to ? value[i] : interpolate(time, value, to);
        integral += 0.5 * (vPrev + vEnd) * (to - tPrev);
        return integral / (to - from);
    }

    /** First index whose time is strictly greater than {@code t}. */
    private static int firstAbove(double[] time, double t) {
        int lo = 0;
        int hi = time.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (time[mid] <= t) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    private static double interpolate(double[] time, double[] value, double t) {
        int hi = firstAbove(time, t);
        if (hi == 0) {
            return value[0];
        }
        if (hi == time.length) {
            return value[time.length - 1];
        }
        double f = (t - time[hi - 1]) / (time[hi] - time[hi - 1]);
        return value[hi - 1] + f * (value[hi] - value[hi - 1]);
    }
}
