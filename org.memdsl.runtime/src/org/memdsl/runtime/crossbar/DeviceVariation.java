package org.memdsl.runtime.crossbar;

import java.util.HashMap;
import java.util.Map;

import org.hipparchus.random.RandomGenerator;
import org.memdsl.runtime.device.DeviceFamily;
import org.memdsl.runtime.device.DeviceModel;

/**
 * Device-to-device variation across an array: one model per crosspoint, each with the named
 * parameters multiplied by a log-normal factor {@code e^(σ·z)} ({@code z} standard normal from the
 * run's seeded generator), so the same seed gives the same array.
 */
public final class DeviceVariation {

    private DeviceVariation() {
    }

    public static DeviceModel[] of(DeviceFamily family, Map<String, Double> base, Map<String, Double> sigmas,
            int count, RandomGenerator random) {
        DeviceModel[] models = new DeviceModel[count];
        for (int k = 0; k < count; k++) {
            Map<String, Double> values = new HashMap<>(base);
            for (var sigma : sigmas.entrySet()) {
                double nominal = values.containsKey(sigma.getKey()) ? values.get(sigma.getKey())
                        : family.parameter(sigma.getKey()).orElseThrow(() -> new IllegalArgumentException(
                                "device family '" + family.name() + "' has no parameter '" + sigma.getKey() + "'"))
                                .defaultValue();
                values.put(sigma.getKey(), nominal * Math.exp(sigma.getValue() * random.nextGaussian()));
            }
            models[k] = family.create(values);
        }
        return models;
    }
}
