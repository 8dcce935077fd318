package org.memdsl.runtime.network;

import org.memdsl.runtime.catalog.Catalogue;
import org.memdsl.runtime.catalog.Kind;
import org.memdsl.runtime.result.RunResult;
import org.memdsl.runtime.simulation.ProgressListener;

/**
 * A kind of network the engine can train and test (listed in {@link NetworkKinds}), by the name
 * used after {@code network NAME :} in a {@code .mem} file: its settings (numbers and data files),
 * the outputs it can write, and how it runs a compiled {@link NetworkSpec}.
 */
public interface NetworkKind extends Kind {

    /** The outputs a block of this kind may ask for with {@code measure}. */
    Catalogue<? extends Kind> outputs();

    /** Whether the kind draws device-to-device variation from {@code vary}; else it models spread its own way. */
    default boolean variesDevices() {
        return true;
    }

    /**
     * @throws IllegalArgumentException on settings that do not make a network, or data files that
     *         cannot be read (the message names the file)
     */
    RunResult run(NetworkSpec spec, ProgressListener progress);
}
