package org.memdsl.runtime.stimulus;

/**
 * Counts of breakpoints ("edges": pulse edges, steps, turning points) computed from a kind's
 * arguments before any waveform is built. Counts saturate at {@link #SATURATED}, so a protocol of
 * 10⁹ pulses of 10⁹ pairs is a number that is refused, not an overflow or an allocation.
 */
public final class Edges {

    /** The largest count; anything beyond is reported as this. */
    public static final long SATURATED = Long.MAX_VALUE / 4;

    private Edges() {
    }

    /** {@code a × b}, saturating. */
    public static long times(long a, long b) {
        return a != 0 && b > SATURATED / a ? SATURATED : Math.min(SATURATED, a * b);
    }

    /** {@code a + b}, saturating. */
    public static long plus(long a, long b) {
        return Math.min(SATURATED, a + b);
    }

    /** A count computed in floating point (rounded up), saturating; NaN counts as saturated. */
    public static long of(double count) {
        return !(count < SATURATED) ? SATURATED : (long) Math.max(0, Math.ceil(count));
    }

    /** Edges of a train of {@code pulses} trapezoidal pulses: four per pulse, the start and the end. */
    public static long train(long pulses) {
        return plus(times(4, pulses), 2);
    }
}
