package org.memdsl.runtime.network;

import java.util.List;

import org.memdsl.runtime.device.FileParameterSpec;
import org.memdsl.runtime.device.ParameterSpec;
import org.memdsl.runtime.result.ExperimentResult;
import org.memdsl.runtime.simulation.ProgressListener;

/**
 * A kind of network the engine can train and test, by the name used after {@code network NAME :}
 * in a {@code .mem} file: its numeric settings, the settings that name data files, the outputs it
 * can write, and how it runs a compiled {@link NetworkSpec}.
 */
public interface NetworkKind {

    /** An output a network can write, by the name used after {@code measure}. */
    record Output(String name, String description) {
    }

    String name();

    String description();

    List<ParameterSpec> settings();

    List<FileParameterSpec> fileSettings();

    List<Output> outputs();

    /** Whether the kind draws device-to-device variation from {@code vary}; else it models spread its own way. */
    default boolean variesDevices() {
        return true;
    }

    /**
     * @throws IllegalArgumentException on settings that do not make a network, or data files that
     *         cannot be read (the message names the file)
     */
    ExperimentResult run(NetworkSpec spec, ProgressListener progress);
}
