package org.memdsl.runtime.network;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.hipparchus.random.RandomGenerator;
import org.memdsl.runtime.catalog.ParameterValues;
import org.memdsl.runtime.catalog.Values;
import org.memdsl.runtime.device.DeclaredDevice;
import org.memdsl.runtime.result.RequestedOutput;
import org.memdsl.runtime.simulation.ExperimentSettings;
import org.memdsl.runtime.simulation.RandomStreams;

/**
 * A compiled {@code network} block: its kind, the device its synapses are made of (none: ideal
 * weights), the settings in SI units, the data files, the outputs to write (kind and file name)
 * and the seed of every random draw.
 */
public record NetworkSpec(String name, NetworkKind kind, DeclaredDevice synapse, Map<String, Double> settings,
        Map<String, Path> files, List<RequestedOutput> outputs, long seed) {


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
    public RandomGenerator random(RandomStreams purpose) {
        return purpose.generator(seed);
    }

    /** The settings with the kind's defaults filled in and ranges checked. */
    public ParameterValues values() {
        return new ParameterValues(kind, Values.of(settings, files));
    }

    /** The data file of a file setting. */
    public Path file(String setting) {
        return values().file(setting);
    }

    /** The seed a block's settings give (its {@code seed} setting), 0 when the kind has none. */
    public static long seedOf(NetworkKind kind, Map<String, Double> settings) {
        return kind.parameter(ExperimentSettings.SEED).isEmpty() ? 0L
                : (long) new ParameterValues(kind, Values.of(settings)).get(ExperimentSettings.SEED);
    }
}
