package org.memdsl.runtime.network;

import java.util.List;

import org.memdsl.runtime.catalog.Kind;
import org.memdsl.runtime.catalog.Parameter;

/**
 * An output a network kind can write, by the name used after {@code measure} in a network block,
 * with the code that writes it from what the run produced ({@code T}): declared once, so the list a
 * validator checks against and what the run writes cannot drift apart.
 */
public record NetworkOutput<T>(String name, String description, Writer<T> writer) implements Kind {

    /** Writes one output from the trained network. */
    @FunctionalInterface
    public interface Writer<T> {
        void write(T trained, String outputName, NetworkOutputs outputs);
    }

    @Override
    public List<Parameter> parameters() {
        return List.of();
    }
}
