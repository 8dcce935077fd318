package org.memdsl.runtime.stimulus;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.memdsl.runtime.catalog.Dimension;

/**
 * The schedule of a protocol: waveforms placed on the electrical and the optical channel, each
 * either right after the previous one of its channel or at a given time. The two channels run in
 * parallel; within a channel stimuli never overlap, and a gap holds 0 V or darkness. Each optical
 * stimulus keeps its own wavelength.
 */
public final class Timeline {

    /** Placed waveforms beyond this are refused: each one is a breakpoint range the simulator walks. */
    public static final int MAX_PARTS = 1_000_000;

    /** Whether {@code count} can be the count of a {@code repeat}: a whole number from 1 to {@link #MAX_PARTS}. */
    public static boolean isRepeatCount(double count) {
        return count >= 1 && count == Math.rint(count) && count <= MAX_PARTS;
    }

    /** Where a stimulus was placed, in s from the start of the protocol. */
    public record Placement(double start, double end) {
    }

    private record Part(double start, Waveform waveform, double wavelength) {
    }

    private final Map<Channel, List<Part>> parts = new EnumMap<>(Channel.class);
    private final Map<Channel, Double> ends = new EnumMap<>(Channel.class);
    private int count;

    public Timeline() {
        for (Channel c : Channel.values()) {
            parts.put(c, new ArrayList<>());
            ends.put(c, 0.0);
        }
    }

    /** Places {@code waveform} when the previous stimulus of its channel ends (at 0 for the first). */
    public Placement next(Channel channel, Waveform waveform, double wavelength) {
        return at(channel, waveform, wavelength, ends.get(channel));
    }

    /**
     * Places {@code waveform} at {@code start}.
     *
     * @throws IllegalArgumentException when the channel is still busy at {@code start}, or the
     *         schedule holds {@value #MAX_PARTS} stimuli already
     */
    public Placement at(Channel channel, Waveform waveform, double wavelength, double start) {
        double busy = ends.get(channel);
        if (!(start >= 0) || !Double.isFinite(start)) {
            throw new IllegalArgumentException("a stimulus starts at a finite time >= 0 s, not "
                    + Dimension.TIME.format(start));
        }
        if (start < busy * (1 - 1e-12)) {
            throw new IllegalArgumentException(String.format(
                    "starts at %s while the %s channel is busy until %s (stimuli of one channel do not overlap)",
                    Dimension.TIME.format(start), channel.name().toLowerCase(Locale.ROOT),
                    Dimension.TIME.format(busy)));
        }
        if (++count > MAX_PARTS) {
            throw new IllegalArgumentException("a protocol places at most " + MAX_PARTS + " stimuli");
        }
        double begin = Math.max(start, busy);
        parts.get(channel).add(new Part(begin, waveform, wavelength));
        double end = begin + waveform.duration();
        ends.put(channel, end);
        return new Placement(begin, end);
    }

    /** When the last stimulus of {@code channel} ends (0 when it has none). */
    public double end(Channel channel) {
        return ends.get(channel);
    }

    public boolean isEmpty(Channel channel) {
        return parts.get(channel).isEmpty();
    }

    /** When each stimulus placed on {@code channel} starts, in placing order. */
    public double[] starts(Channel channel) {
        return parts.get(channel).stream().mapToDouble(Part::start).toArray();
    }

    /** The protocol as the simulator takes it. */
    public AppliedStimulus build(double temperature, SourceLimit limit) {
        if (isEmpty(Channel.ELECTRICAL)) {
            throw new IllegalArgumentException("a protocol applies at least one electrical stimulus");
        }
        Waveform voltage = channel(parts.get(Channel.ELECTRICAL));
        Optional<Waveform> light = Optional.empty();
        Waveform wavelength = Levels.constant(0.0, voltage.duration());
        List<Part> optical = parts.get(Channel.OPTICAL);
        if (!optical.isEmpty()) {
            light = Optional.of(channel(optical));
            double[] starts = new double[optical.size()];
            double[] values = new double[optical.size()];
            for (int k = 0; k < optical.size(); k++) {
                starts[k] = k == 0 ? 0.0 : optical.get(k).start();
                values[k] = optical.get(k).wavelength();
            }
            wavelength = new Levels(starts, values, light.get().duration());
        }
        return new AppliedStimulus(voltage, light, wavelength, temperature, limit);
    }

    private static Waveform channel(List<Part> placed) {
        if (placed.size() == 1 && placed.get(0).start() == 0.0) {
            return placed.get(0).waveform();
        }
        List<Waveform> sequence = new ArrayList<>();
        double cursor = 0;
        for (Part p : placed) {
            if (p.start() - cursor > 1e-12 * Math.max(1.0, cursor)) {
                sequence.add(new Constant(0.0, 0.0, 0.0, p.start() - cursor));
            }
            sequence.add(p.waveform());
            cursor = p.start() + p.waveform().duration();
        }
        return new Sequence(sequence);
    }
}
