package org.memdsl.runtime.crossbar;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

import org.hipparchus.random.RandomGenerator;
import org.memdsl.runtime.catalog.Parameter;
import org.memdsl.runtime.device.DeviceFamily;
import org.memdsl.runtime.device.DeviceModel;

/**
 * Device-to-device variation across an array: one model per crosspoint, each with the named
 * parameters multiplied by a log-normal factor {@code e^(σ·z)} ({@code z} standard normal from the
 * run's seeded generator, drawn in the family's parameter order), so the same seed gives the same
 * array in every run.
 */
public final class DeviceVariation {

    private DeviceVariation() {
    }

    public static DeviceModel[] of(DeviceFamily family, Map<String, Double> base, Map<String, Double> sigmas,
            int count, RandomGenerator random) {
        return of(family, base, Map.of(), sigmas, count, random);
    }

    /** As {@link #of(DeviceFamily, Map, Map, int, RandomGenerator)} for a family that also takes data files. */
    public static DeviceModel[] of(DeviceFamily family, Map<String, Double> base, Map<String, Path> files,
            Map<String, Double> sigmas, int count, RandomGenerator random) {
        for (String name : sigmas.keySet()) {
            if (family.parameter(name).isEmpty()) {
                throw new IllegalArgumentException("device family '" + family.name() + "' has no parameter '" + name
                        + "'");
            }
        }
        DeviceModel[] models = new DeviceModel[count];
        for (int k = 0; k < count; k++) {
            Map<String, Double> values = new HashMap<>(base);
            // the family's parameter order, not the map's: the draws must not depend on hashing
            for (Parameter p : family.parameters()) {
                Double sigma = sigmas.get(p.name());
                if (sigma != null) {
                    double nominal = values.getOrDefault(p.name(), p.defaultValue());
                    values.put(p.name(), nominal * Math.exp(sigma * random.nextGaussian()));
                }
            }
            models[k] = family.create(values, files);
        }
        return models;
    }
}
