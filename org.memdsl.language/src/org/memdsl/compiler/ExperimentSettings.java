package org.memdsl.compiler;

import java.util.List;
import java.util.Optional;

import org.memdsl.runtime.device.Dimension;
import org.memdsl.runtime.device.ParameterSpec;

/** Settings an {@code experiment} block accepts besides device, stimuli and measurements. */
public final class ExperimentSettings {

    public static final String SAMPLE = "sample";
    public static final String SEED = "seed";
    public static final String TEMPERATURE = "temperature";
    public static final String MAX_STEP = "max_step";
    public static final String COMPLIANCE = "compliance";
    public static final String NEGATIVE_COMPLIANCE = "negative_compliance";
    public static final String SERIES_RESISTANCE = "series_resistance";

    /** Samples per protocol when {@code sample} is not given. */
    public static final int DEFAULT_SAMPLES = 4000;

    private static final List<ParameterSpec> ALL = List.of(
            new ParameterSpec(SAMPLE, Dimension.TIME, 0.0, 0.0, 1e6, "output sampling interval (0: automatic)"),
            new ParameterSpec(SEED, Dimension.DIMENSIONLESS, 0.0, 0.0, 9.007199254740992e15,
                    "seed of every random draw of the run"),
            new ParameterSpec(TEMPERATURE, Dimension.TEMPERATURE, 300.0, 0.0, 2000.0, "device temperature"),
            new ParameterSpec(MAX_STEP, Dimension.TIME, 0.0, 0.0, 1e6, "largest integrator step (0: unlimited)"),
            new ParameterSpec(COMPLIANCE, Dimension.CURRENT, 0.0, 0.0, 1e3,
                    "current compliance of the source for positive voltages (0: none)"),
            new ParameterSpec(NEGATIVE_COMPLIANCE, Dimension.CURRENT, 0.0, 0.0, 1e3,
                    "current compliance for negative voltages (0: none)"),
            new ParameterSpec(SERIES_RESISTANCE, Dimension.RESISTANCE, 0.0, 0.0, 1e15,
                    "resistance in series with the device"));

    private ExperimentSettings() {
    }

    public static List<ParameterSpec> all() {
        return ALL;
    }

    public static Optional<ParameterSpec> byName(String name) {
        return ALL.stream().filter(s -> s.name().equals(name)).findFirst();
    }
}
