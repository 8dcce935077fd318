package org.memdsl.runtime;

import java.math.BigDecimal;
import java.math.MathContext;

import org.memdsl.runtime.catalog.Dimension;

/**
 * What a run will cost, known before it starts: the rows it records and their memory, and an upper
 * estimate of its time from the work the integrator cannot avoid, the protocol's segments (one
 * integrator restart at every pulse edge) and the steps a {@code max_step} forces, plus the rows
 * it writes. The unit costs are the largest measured on the reference machine (2 cores, JDK 25) over
 * the shipped examples ({@code examples/}, {@code examples/papers/}): paper C's endurance protocol
 * spends 0.43 ms per segment, paper A's PPF 3.7 µs per recorded row; most protocols run 10–100 ×
 * faster than this estimate, none measured slower. It is a guard against runs that would not end in
 * reasonable time, not a prediction.
 *
 * @param segments integration segments over all temperatures
 * @param forcedSteps integrator steps a {@code max_step} forces over all temperatures
 */
public record RunEstimate(double samples, double bytes, double segments, double forcedSteps) {

    /** Largest measured cost of one integration segment (integrator restart and its first steps), s. */
    public static final double SECONDS_PER_SEGMENT = 5e-4;

    /** Largest measured cost of one recorded row, s. */
    public static final double SECONDS_PER_SAMPLE = 4e-6;

    /** Cost of one integrator step of a small device model, s. */
    public static final double SECONDS_PER_STEP = 2e-6;

    /** The upper estimate of the run time, s. */
    public double seconds() {
        return segments * SECONDS_PER_SEGMENT + samples * SECONDS_PER_SAMPLE + forcedSteps * SECONDS_PER_STEP;
    }

    /** The estimate as a time to read, to two digits: {@code 8 s}, {@code 2.3 h}, {@code 3.1e+07 years}. */
    public String duration() {
        return readable(seconds());
    }

    /** A time in s to read, to two digits, in s, min, h or years. */
    public static String readable(double s) {
        if (s < 120) {
            return twoDigits(s) + " s";
        }
        if (s < 3600) {
            return twoDigits(s / 60) + " min";
        }
        if (s < 48 * 3600) {
            return twoDigits(s / 3600) + " h";
        }
        return twoDigits(s / (365.25 * 86400)) + " years";
    }

    /** {@code 16000 segments, 522 rows (0.038 MB)}, and the forced steps when there are any. */
    public String describe() {
        return Dimension.rounded(segments) + (segments == 1 ? " segment, " : " segments, ")
                + Dimension.rounded(samples) + " rows ("
                + twoDigits(bytes / 1e6) + " MB)"
                + (forcedSteps >= 1 ? ", " + twoDigits(forcedSteps) + " steps forced by max_step" : "");
    }

    private static String twoDigits(double value) {
        return Dimension.rounded(new BigDecimal(value).round(new MathContext(2)).doubleValue());
    }
}
