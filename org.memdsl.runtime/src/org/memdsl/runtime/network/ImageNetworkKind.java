package org.memdsl.runtime.network;

import java.util.List;

import org.memdsl.runtime.device.FileParameterSpec;
import org.memdsl.runtime.device.ParameterSpec;

/** A network kind trained and tested on image files, defined by its name, description, settings and outputs. */
abstract class ImageNetworkKind implements NetworkKind {

    private final String name;
    private final String description;
    private final List<ParameterSpec> settings;
    private final List<Output> outputs;

    ImageNetworkKind(String name, String description, List<ParameterSpec> settings, List<Output> outputs) {
        this.name = name;
        this.description = description;
        this.settings = List.copyOf(settings);
        this.outputs = List.copyOf(outputs);
    }

    @Override
    public final String name() {
        return name;
    }

    @Override
    public final String description() {
        return description;
    }

    @Override
    public final List<ParameterSpec> settings() {
        return settings;
    }

    @Override
    public final List<FileParameterSpec> fileSettings() {
        return ImageDatasets.FILE_SETTINGS;
    }

    @Override
    public final List<Output> outputs() {
        return outputs;
    }
}
