package org.memdsl.runtime.study;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One point of a study: its index, the values it gives the swept and varied parameters (in the
 * study's column order), which sample it is, and the seed of its run.
 */
public record StudyPoint(long index, Map<String, Double> values, int sample, long seed) {

    public StudyPoint {
        values = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(values));
    }

    /**
     * What identifies the point's result across runs and engines: index, values written exactly,
     * seed. A saved result is reused only when its key and the spec's hash are the same.
     */
    public String key() {
        StringBuilder key = new StringBuilder().append(index).append(';').append(sample).append(';').append(seed);
        values.forEach((name, value) -> key.append(';').append(name).append('=').append(Double.toString(value)));
        return key.toString();
    }

    /** A seed for point {@code index} of a study seeded {@code seed}: SplitMix64's finaliser of both. */
    public static long seedOf(long seed, long index) {
        long z = seed + 0x9E3779B97F4A7C15L * (index + 1);
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return (z ^ (z >>> 31)) & ((1L << 53) - 1);
    }
}
