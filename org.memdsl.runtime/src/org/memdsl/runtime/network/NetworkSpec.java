package org.memdsl.runtime.network;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.hipparchus.random.RandomGenerator;
import org.hipparchus.random.Well19937c;
import org.memdsl.runtime.device.DeviceFamily;
import org.memdsl.runtime.device.ParameterValues;

/**
 * A compiled {@code network} block: its kind, the device its synapses are made of (none: ideal
 * weights), the settings in SI units, the data files, the outputs to write (kind and file name)
 * and the seed of every random draw.
 */
public record NetworkSpec(String name, NetworkKind kind, Synapse synapse, Map<String, Double> settings,
        Map<String, Path> files, List<Requested> outputs, long seed) {

    /**
     * A device family with the values and data files a declaration gave and the device-to-device σ
     * per parameter.
     */
    public record Synapse(DeviceFamily family, Map<String, Double> values, Map<String, Path> files,
            Map<String, Double> variation) {

        public Synapse {
            values = Map.copyOf(values);
            files = Map.copyOf(files);
            variation = Map.copyOf(variation);
        }
    }

    /** An output asked for with {@code measure KIND [as NAME]}. */
    public record Requested(String kind, String name) {
    }

    public NetworkSpec {
        settings = Map.copyOf(settings);
        files = Map.copyOf(files);
        outputs = List.copyOf(outputs);
    }

    public NetworkSpec withSeed(long newSeed) {
        return new NetworkSpec(name, kind, synapse, settings, files, outputs, newSeed);
    }

    /**
     * A generator of its own for one use ({@code purpose}) of the spec's seed, so adding draws to
     * one use leaves the others' draws unchanged.
     */
    public RandomGenerator random(int purpose) {
        return new Well19937c(new int[] { (int) (seed >>> 32), (int) seed, purpose });
    }

    /** The settings with the kind's defaults filled in and ranges checked. */
    public ParameterValues values() {
        return new ParameterValues(kind.name(), kind.settings(), settings);
    }

    /** The data file of a file setting. */
    public Path file(String setting) {
        Path path = files.get(setting);
        if (path == null) {
            throw new IllegalArgumentException("network '" + name + "' needs " + setting + " = \"FILE\"");
        }
        return path;
    }
}
