package org.memdsl.runtime.device;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A kind of device the engine can simulate: its named parameters and how to build a model from
 * values given for them. The language validates {@code device} declarations against this.
 */
public interface DeviceFamily {

    /** The name used after {@code device NAME :} in a {@code .mem} file. */
    String name();

    /** One line for content assist and documentation. */
    String description();

    List<ParameterSpec> parameters();

    /**
     * Builds a model. Parameters not in {@code values} take their defaults; values are in SI.
     *
     * @throws IllegalArgumentException on an unknown name or an out-of-range value
     */
    DeviceModel create(Map<String, Double> values);

    /** Parameters that name a data file; none for most families. */
    default List<FileParameterSpec> fileParameters() {
        return List.of();
    }

    /**
     * Builds a model from numeric values and data files (resolved paths).
     *
     * @throws IllegalArgumentException as {@link #create(Map)}, or when a file cannot be read; the
     *         message then names the file and line
     */
    default DeviceModel create(Map<String, Double> values, Map<String, Path> files) {
        if (!files.isEmpty()) {
            throw new IllegalArgumentException("device family '" + name() + "' takes no file parameter '"
                    + files.keySet().iterator().next() + "'");
        }
        return create(values);
    }

    default Optional<ParameterSpec> parameter(String parameterName) {
        return parameters().stream().filter(p -> p.name().equals(parameterName)).findFirst();
    }
}
