package org.memdsl.runtime.simulation;

import java.util.List;

import org.memdsl.runtime.catalog.AbstractKind;
import org.memdsl.runtime.catalog.Dimension;
import org.memdsl.runtime.catalog.Parameter;
import org.memdsl.runtime.stimulus.Edges;

/**
 * The settings an {@code experiment} block accepts besides device, stimuli and measurements: how
 * the run is sampled, integrated and seeded, the temperature, and the source's limits.
 */
public final class ExperimentSettings extends AbstractKind {

    public static final String SAMPLE = "sample";
    public static final String SEED = "seed";
    public static final String TEMPERATURE = "temperature";
    public static final String TEMPERATURES = "temperatures";
    public static final String MAX_SAMPLES = "max_samples";
    public static final String MAX_EDGES = "max_edges";
    public static final String MAX_STEP = "max_step";
    public static final String MAX_RUN_TIME = "max_run_time";
    public static final String COMPLIANCE = "compliance";
    public static final String NEGATIVE_COMPLIANCE = "negative_compliance";
    public static final String SERIES_RESISTANCE = "series_resistance";

    /** Recorded rows above which a run is refused before it starts (the user may raise it). */
    public static final long DEFAULT_MAX_SAMPLES = 5_000_000;

    /**
     * Breakpoints (pulse edges, steps) above which a protocol is refused before it is built (the
     * user may raise it): each is a segment the integrator starts afresh, and about 50 bytes.
     */
    public static final long DEFAULT_MAX_EDGES = 4_000_000;

    /** Estimated run time above which a run is refused before it starts (the user may raise it): one hour. */
    public static final double DEFAULT_MAX_RUN_TIME = 3600;

    /** Samples per protocol when {@code sample} is not given. */
    public static final int DEFAULT_SAMPLES = 4000;

    /** Largest seed: every seed up to 2^53 is exact as the number the language reads. */
    private static final long MAX_SEED = 1L << 53;

    public static final ExperimentSettings INSTANCE = new ExperimentSettings();

    private ExperimentSettings() {
        super("experiment", "settings of an experiment block", List.of(
                new Parameter(SAMPLE, Dimension.TIME, 0.0, 0.0, 1e6, "output sampling interval (0: automatic)"),
                seedParameter(),
                new Parameter(TEMPERATURE, Dimension.TEMPERATURE, 300.0, 0.0, 2000.0, "device temperature"),
                Parameter.list(TEMPERATURES, Dimension.TEMPERATURE, 1.0, 2000.0,
                        "temperatures to run the protocol at, one run each (instead of temperature)").optional(),
                Parameter.count(MAX_SAMPLES, DEFAULT_MAX_SAMPLES, 1, Long.MAX_VALUE / 2,
                        "most rows a run may record (a guard against exhausting memory)"),
                Parameter.count(MAX_EDGES, DEFAULT_MAX_EDGES, 1, Edges.SATURATED,
                        "most pulse edges and steps a protocol may have (a guard against exhausting memory)"),
                new Parameter(MAX_STEP, Dimension.TIME, 0.0, 0.0, 1e6, "largest integrator step (0: unlimited)"),
                new Parameter(MAX_RUN_TIME, Dimension.TIME, DEFAULT_MAX_RUN_TIME, Double.MIN_NORMAL, 1e9,
                        "longest run: refused if estimated longer (RunEstimate), stopped if it takes longer"),
                new Parameter(COMPLIANCE, Dimension.CURRENT, 0.0, 0.0, 1e3,
                        "current compliance of the source for positive voltages (0: none)"),
                new Parameter(NEGATIVE_COMPLIANCE, Dimension.CURRENT, 0.0, 0.0, 1e3,
                        "current compliance for negative voltages (0: none)"),
                new Parameter(SERIES_RESISTANCE, Dimension.RESISTANCE, 0.0, 0.0, 1e15,
                        "resistance in series with the device")));
    }

    /** The {@code seed} setting of every block that draws random numbers. */
    public static Parameter seedParameter() {
        return Parameter.count(SEED, 0, 0, MAX_SEED, "seed of every random draw of the run");
    }
}
