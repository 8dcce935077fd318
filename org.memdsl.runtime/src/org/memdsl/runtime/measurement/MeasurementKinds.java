package org.memdsl.runtime.measurement;

import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/** The measurements the engine offers, by the name used after {@code measure}. */
public final class MeasurementKinds {

    /** A measurement name with a description and a factory taking the output name. */
    public record Kind(String name, String description, Function<String, Measurement> factory) {

        public Measurement create(String outputName) {
            return factory.apply(outputName);
        }
    }

    /** Fraction of each plateau dropped at both ends by the default EPSC measurement. */
    public static final double DEFAULT_EDGE_EXCLUSION = 0.0;

    private static final List<Kind> ALL = List.of(
            new Kind("current", "time traces of voltage, light, current and state", CurrentTrace::new),
            new Kind("epsc", "mean current during each pulse plateau", n -> new EpscPerPulse(n, DEFAULT_EDGE_EXCLUSION)),
            new Kind("iv", "current against voltage (I–V loop)", IvLoop::new),
            new Kind("iv_steps", "one I–V point per staircase level, current settled over its last half",
                    n -> new StepIv(n, StepIv.DEFAULT_SETTLED_FRACTION)),
            new Kind("switching", "SET/RESET voltages where I/V crosses the geometric mean of its extremes",
                    n -> new SwitchingEvents(n, SwitchingEvents.DEFAULT_MIN_VOLTAGE_FRACTION)),
            new Kind("on_off", "ON/OFF ratio of each sweep loop, read at 10 % of the largest voltage",
                    n -> new OnOffRatio(n, OnOffRatio.DEFAULT_READ_FRACTION)),
            new Kind("ppf", "paired-pulse facilitation per interval, 100·(I2−I1)/I1 and A2/A1",
                    PairedPulseFacilitation::new),
            new Kind("energy", "energy of each pulse, ∫ I·V dt over the plateau", EnergyPerPulse::new),
            new Kind("bcm", "weight change per train against its frequency, from first and last 5 EPSCs",
                    n -> new BcmWeightChange(n, BcmWeightChange.DEFAULT_EDGE_PULSES)),
            new Kind("srdp", "per segment of a rate sequence: frequency, change within it, weight at its end",
                    SrdpSegments::new),
            new Kind("ltp_ltd", "conductance per pulse, dynamic range, distinguishable states, LTP/LTD nonlinearity",
                    PulseCurves::new),
            new Kind("retention", "conductance of the read pulses after programming, 90 % and 50 % retention times",
                    Retention::new),
            new Kind("endurance", "ON and OFF reads of each SET/RESET cycle and their window", Endurance::new),
            new Kind("relearning", "pulses each train needs to reach the level the first train ended at",
                    Relearning::new),
            new Kind("programming_window",
                    "G_max/G_min per amplitude and pulse of a programming_map, classed none / analog / digital",
                    ProgrammingWindow::new),
            new Kind("stdp_window", "weight change of each pre/post pairing against Δt (stdp stimulus)",
                    StdpWindow::new),
            new Kind("loglog_slope", "local slope d ln I / d ln V of the first positive staircase branch",
                    n -> new LogLogSlope(n, StepIv.DEFAULT_SETTLED_FRACTION)),
            new Kind("hysteresis", "staircase hysteresis type (inductive or capacitive) and crossing points",
                    n -> new StaircaseHysteresis(n, StepIv.DEFAULT_SETTLED_FRACTION)));

    private MeasurementKinds() {
    }

    public static List<Kind> all() {
        return ALL;
    }

    public static Optional<Kind> byName(String name) {
        return ALL.stream().filter(k -> k.name().equals(name)).findFirst();
    }
}
