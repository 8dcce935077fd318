package org.memdsl.runtime.result;

import java.util.List;

import org.memdsl.runtime.catalog.Kind;
import org.memdsl.runtime.catalog.Parameter;

/**
 * An output a network or array kind can write, by the name used after {@code measure}, with the
 * code that writes it from what the run produced ({@code T}) into the run's collector
 * ({@code C}): declared once, so the names a validator checks and what the run writes cannot
 * drift apart.
 */
public record OutputKind<T, C extends ResultCollector>(String name, String description, Writer<T, C> writer)
        implements Kind {

    /** Writes one output, under {@code outputName}, from what the run produced. */
    @FunctionalInterface
    public interface Writer<T, C> {
        void write(T produced, String outputName, C out);
    }

    @Override
    public List<Parameter> parameters() {
        return List.of();
    }
}
