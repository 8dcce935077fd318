package org.memdsl.runtime.device;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;

import org.hipparchus.random.RandomGenerator;
import org.memdsl.runtime.crossbar.DeviceVariation;

/**
 * A device as a declaration gives it to a network or an array: its family, the values and data
 * files the declaration set, and the device-to-device σ per parameter ({@code vary}).
 */
public record DeclaredDevice(DeviceFamily family, Map<String, Double> values, Map<String, Path> files,
        Map<String, Double> variation) {

    public DeclaredDevice {
        values = Map.copyOf(values);
        files = Map.copyOf(files);
        variation = Map.copyOf(variation);
    }

    /** The nominal model. */
    public DeviceModel nominal() {
        return family.create(values, files);
    }

    /** {@code count} models: copies of the nominal one, or drawn with the variation from {@code random}. */
    public DeviceModel[] instances(int count, RandomGenerator random) {
        if (variation.isEmpty()) {
            DeviceModel model = nominal();
            DeviceModel[] all = new DeviceModel[count];
            Arrays.fill(all, model);
            return all;
        }
        return DeviceVariation.of(family, values, files, variation, count, random);
    }
}
