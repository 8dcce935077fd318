package org.memdsl.runtime.device;

import java.nio.file.Path;
import java.util.Map;

import org.memdsl.runtime.catalog.Kind;
import org.memdsl.runtime.catalog.Values;

/**
 * A kind of device the engine can simulate (listed in {@link DeviceFamilies}): its named
 * parameters and how to build a model from values given for them. The language validates
 * {@code device NAME : FAMILY { … }} declarations against it.
 */
public interface DeviceFamily extends Kind {

    /**
     * Builds a model. Parameters not in {@code values} take their defaults; numbers are in SI,
     * files resolved paths.
     *
     * @throws IllegalArgumentException on an unknown name, an out-of-range value, or a data file
     *         that cannot be read (the message then names the file and line)
     */
    DeviceModel create(Values values);

    /** Whether the device responds to light (a photo-synapse array needs one that does). */
    default boolean respondsToLight() {
        return false;
    }

    /** {@link #create(Values)} from scalar values only. */
    default DeviceModel create(Map<String, Double> values) {
        return create(Values.of(values));
    }

    /** {@link #create(Values)} from scalar values and data files. */
    default DeviceModel create(Map<String, Double> values, Map<String, Path> files) {
        return create(Values.of(values, files));
    }
}
