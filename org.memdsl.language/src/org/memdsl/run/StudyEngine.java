package org.memdsl.run;

import java.util.Iterator;
import java.util.Map;
import java.util.OptionalLong;

import org.memdsl.runtime.study.PointResult;

/**
 * An engine that computes a study's points away from this JVM's threads (a cluster), found by
 * {@link #name()} through {@link java.util.ServiceLoader} when its jar is on the class path
 * ({@code bin/memdsl run --engine spark}). The spec travels as its bundle; a point's result depends
 * only on the spec and its index, so every engine gives the embedded engine's table.
 */
public interface StudyEngine {

    String name();

    /**
     * Computes points {@code indices} of study {@code study} of the spec packed in {@code bundle}
     * (a {@link SpecBundle}), seeded with {@code seed} when given; results come back as they finish.
     *
     * @param options the engine's options, e.g. {@code master}
     */
    Iterator<Map.Entry<Long, PointResult>> compute(byte[] bundle, String study, OptionalLong seed, long[] indices,
            Map<String, String> options);
}
