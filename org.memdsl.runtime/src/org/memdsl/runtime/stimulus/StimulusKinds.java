package org.memdsl.runtime.stimulus;

import static org.memdsl.runtime.stimulus.ArgumentSpec.optional;
import static org.memdsl.runtime.stimulus.ArgumentSpec.required;
import static org.memdsl.runtime.stimulus.ArgumentSpec.requiredList;

import java.util.List;
import java.util.Optional;
import java.util.function.Function;

import org.memdsl.runtime.device.Dimension;

/** The stimulus kinds of the engine, by the name used after {@code stimulus NAME :}. */
public final class StimulusKinds {

    private record Kind(String name, String description, Channel channel, List<ArgumentSpec> arguments,
            Function<StimulusArguments, Waveform> factory) implements StimulusKind {

        @Override
        public Waveform create(StimulusArguments args) {
            return factory.apply(args);
        }
    }

    private static final ArgumentSpec AMPLITUDE = required("amplitude", Dimension.VOLTAGE, "pulse height");
    private static final ArgumentSpec WIDTH = required("width", Dimension.TIME, "plateau duration");
    private static final ArgumentSpec RISE = optional("rise", Dimension.TIME, 0.0, "rise time");
    private static final ArgumentSpec FALL = optional("fall", Dimension.TIME, 0.0, "fall time");
    private static final ArgumentSpec DELAY = optional("delay", Dimension.TIME, 0.0, "time before the first pulse");
    private static final ArgumentSpec TAIL = optional("tail", Dimension.TIME, 0.0, "time after the last pulse");

    private static final List<StimulusKind> ALL = List.of(
            new Kind("pulse", "one trapezoidal voltage pulse", Channel.ELECTRICAL,
                    List.of(AMPLITUDE, WIDTH, RISE, FALL, DELAY, TAIL),
                    a -> PulseTrain.single(a.scalar("amplitude"), a.scalar("width"), a.scalar("rise"),
                            a.scalar("fall"), a.scalar("delay"), a.scalar("tail"))),
            new Kind("train", "identical voltage pulses at a fixed frequency", Channel.ELECTRICAL,
                    List.of(AMPLITUDE, WIDTH, RISE, FALL, DELAY, TAIL,
                            required("frequency", Dimension.FREQUENCY, "pulse repetition frequency"),
                            required("count", Dimension.DIMENSIONLESS, "number of pulses")),
                    a -> new PulseTrain(a.scalar("amplitude"), a.scalar("width"), a.scalar("rise"), a.scalar("fall"),
                            1.0 / a.scalar("frequency"), a.count("count"), a.scalar("delay"), a.scalar("tail"))),
            new Kind("paired", "pairs of pulses for each gap in a list, repeated, with rest between pairs",
                    Channel.ELECTRICAL,
                    List.of(AMPLITUDE, WIDTH, optional("edge", Dimension.TIME, 0.0, "rise and fall time"),
                            requiredList("intervals", Dimension.TIME, "gaps between the two pulses of a pair"),
                            optional("repeats", Dimension.DIMENSIONLESS, 1, "pairs per interval"),
                            optional("rest", Dimension.TIME, 0.0, "time after each pair")),
                    a -> PairedPulses.of(a.scalar("amplitude"), a.scalar("width"), a.scalar("edge"),
                            a.list("intervals"), a.count("repeats"), a.scalar("rest"))),
            new Kind("rate_sequence", "segments of equal duration at a list of pulse frequencies (SRDP)",
                    Channel.ELECTRICAL,
                    List.of(AMPLITUDE, WIDTH, requiredList("frequencies", Dimension.FREQUENCY, "one per segment"),
                            required("segment", Dimension.TIME, "duration of each segment")),
                    a -> RateProtocols.segments(a.scalar("amplitude"), a.scalar("width"), a.list("frequencies"),
                            a.scalar("segment"))),
            new Kind("rate_trains", "one train of equal pulse count per frequency, with rest between (BCM)",
                    Channel.ELECTRICAL,
                    List.of(AMPLITUDE, WIDTH, requiredList("frequencies", Dimension.FREQUENCY, "one per train"),
                            optional("count", Dimension.DIMENSIONLESS, 100, "pulses per train"),
                            optional("rest", Dimension.TIME, 0.0, "time after each train")),
                    a -> RateProtocols.trains(a.scalar("amplitude"), a.scalar("width"), a.list("frequencies"),
                            a.count("count"), a.scalar("rest"))),
            new Kind("sweep", "triangular I–V sweep 0 → high → low → 0", Channel.ELECTRICAL,
                    List.of(required("high", Dimension.VOLTAGE, "positive turning point"),
                            required("low", Dimension.VOLTAGE, "negative turning point"),
                            required("rate", Dimension.SWEEP_RATE, "sweep rate"),
                            optional("cycles", Dimension.DIMENSIONLESS, 1, "number of loops")),
                    a -> new TriangularSweep(a.scalar("high"), a.scalar("low"), a.scalar("rate"), a.count("cycles"))),
            new Kind("staircase", "quasi-DC staircase sweep 0 → high → low → 0", Channel.ELECTRICAL,
                    List.of(required("high", Dimension.VOLTAGE, "positive turning point"),
                            required("low", Dimension.VOLTAGE, "negative turning point"),
                            required("step", Dimension.VOLTAGE, "voltage step"),
                            required("dwell", Dimension.TIME, "time at each level"),
                            optional("cycles", Dimension.DIMENSIONLESS, 1, "number of loops")),
                    a -> new StaircaseSweep(a.scalar("high"), a.scalar("low"), a.scalar("step"), a.scalar("dwell"),
                            a.count("cycles"))),
            new Kind("bias", "constant read voltage for the whole protocol (pulse measurements then use light pulses)",
                    Channel.ELECTRICAL,
                    List.of(required("level", Dimension.VOLTAGE, "bias voltage"),
                            required("duration", Dimension.TIME, "protocol duration")),
                    a -> new Bias(a.scalar("level"), a.scalar("duration"))),
            new Kind("stdp", "pre/post spike pairs for a list of Δt, each between two read pulses", Channel.ELECTRICAL,
                    List.of(required("amplitude", Dimension.VOLTAGE, "positive phase of a spike"),
                            optional("undershoot", Dimension.VOLTAGE, 0.0,
                                    "magnitude of the negative phase (not given: half the amplitude)"),
                            required("width", Dimension.TIME, "duration of each spike phase"),
                            requiredList("deltas", Dimension.TIME, "post minus pre spike times"),
                            optional("repeats", Dimension.DIMENSIONLESS, 1, "pairings per Δt"),
                            required("read", Dimension.VOLTAGE, "read pulse voltage"),
                            required("read_width", Dimension.TIME, "read pulse width"),
                            optional("gap", Dimension.TIME, 1e-3, "time between a read pulse and the spikes"),
                            optional("rest", Dimension.TIME, 0.0, "time after each pairing")),
                    a -> new StdpProtocol(new SpikePair(a.scalar("amplitude"),
                            a.has("undershoot") ? a.scalar("undershoot") : 0.5 * a.scalar("amplitude"),
                            a.scalar("width"), 0), a.list("deltas"), a.count("repeats"), a.scalar("read"),
                            a.scalar("read_width"), a.scalar("gap"), a.scalar("rest"))),
            new Kind("programming_map",
                    "analog programming window: per amplitude a preset, then identical pulses each followed by a read",
                    Channel.ELECTRICAL,
                    List.of(requiredList("amplitudes", Dimension.VOLTAGE, "one train per amplitude (sign: direction)"),
                            optional("count", Dimension.DIMENSIONLESS, 300, "pulses per amplitude"),
                            required("width", Dimension.TIME, "programming pulse width"),
                            required("period", Dimension.TIME, "time from one programming pulse to the next"),
                            required("read", Dimension.VOLTAGE, "read voltage"),
                            required("read_width", Dimension.TIME, "read pulse width"),
                            optional("read_delay", Dimension.TIME, 0.0, "time from a programming pulse to its read"),
                            optional("set", Dimension.VOLTAGE, 0.0, "preset before a depressing train (0: none)"),
                            optional("reset", Dimension.VOLTAGE, 0.0, "preset before a potentiating train (0: none)"),
                            optional("preset_width", Dimension.TIME, 10e-3, "width of the preset pulses")),
                    a -> ProgrammingMap.of(a.list("amplitudes"), a.count("count"),
                            new ProgrammingMap.Timing(a.scalar("width"), a.scalar("period"), a.scalar("read"),
                                    a.scalar("read_width"), a.scalar("read_delay"), a.scalar("preset_width")),
                            a.scalar("set"), a.scalar("reset"))),
            new Kind("light_pulses", "train of rectangular light pulses", Channel.OPTICAL,
                    List.of(required("intensity", Dimension.IRRADIANCE, "irradiance during a pulse"),
                            required("wavelength", Dimension.LENGTH, "wavelength"),
                            required("width", Dimension.TIME, "pulse duration"),
                            required("frequency", Dimension.FREQUENCY, "pulse repetition frequency"),
                            optional("count", Dimension.DIMENSIONLESS, 1, "number of pulses"),
                            DELAY, TAIL),
                    a -> new PulseTrain(a.scalar("intensity"), a.scalar("width"), 0, 0, 1.0 / a.scalar("frequency"),
                            a.count("count"), a.scalar("delay"), a.scalar("tail"))),
            new Kind("illumination", "continuous light switched on at start and off at stop", Channel.OPTICAL,
                    List.of(required("intensity", Dimension.IRRADIANCE, "irradiance"),
                            required("wavelength", Dimension.LENGTH, "wavelength"),
                            optional("start", Dimension.TIME, 0.0, "switch-on time"),
                            required("stop", Dimension.TIME, "switch-off time")),
                    a -> new Constant(a.scalar("intensity"), a.scalar("start"), a.scalar("stop"), a.scalar("stop"))));

    private StimulusKinds() {
    }

    public static List<StimulusKind> all() {
        return ALL;
    }

    public static Optional<StimulusKind> byName(String name) {
        return ALL.stream().filter(k -> k.name().equals(name)).findFirst();
    }
}
