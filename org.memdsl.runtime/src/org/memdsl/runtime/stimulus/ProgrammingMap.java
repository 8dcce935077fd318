package org.memdsl.runtime.stimulus;

import java.util.ArrayList;
import java.util.List;

import org.memdsl.runtime.catalog.Dimension;


/**
 * The analog programming-window protocol of paper C: for each amplitude, a preset pulse programs
 * the common starting state ({@code reset} before a potentiating amplitude, {@code set} before a
 * depressing one; none when 0), a read gives the starting conductance, then {@code count} identical
 * pulses of that amplitude, each followed by a read. Each amplitude's block is one pulse group.
 */
public final class ProgrammingMap {

    private ProgrammingMap() {
    }

    /** How the pulses and reads of every block are shaped. */
    public record Timing(double width, double period, double read, double readWidth, double readDelay,
            double presetWidth) {

        public Timing {
            if (!(width > 0 && readWidth > 0 && readDelay >= 0 && presetWidth > 0 && read > 0)) {
                throw new IllegalArgumentException("programming map: widths and the read voltage must be positive");
            }
            if (width + readDelay + readWidth > period) {
                throw new IllegalArgumentException("programming map: pulse, read delay and read ("
                        + Dimension.TIME.format(width + readDelay + readWidth) + ") do not fit in the period "
                        + Dimension.TIME.format(period));
            }
        }
    }

    public static Sequence of(double[] amplitudes, int count, Timing timing, double set, double reset) {
        if (amplitudes.length == 0 || count < 1) {
            throw new IllegalArgumentException("programming map: needs amplitudes and at least one pulse each");
        }
        List<Waveform> blocks = new ArrayList<>();
        for (double amplitude : amplitudes) {
            if (!(Math.abs(amplitude) > timing.read())) {
                throw new IllegalArgumentException("programming map: amplitude " + Dimension.VOLTAGE.format(amplitude)
                        + " does not exceed the read voltage " + Dimension.VOLTAGE.format(timing.read()));
            }
            List<Waveform> parts = new ArrayList<>();
            double preset = amplitude > 0 ? reset : set;
            if (preset != 0) {
                parts.add(PulseTrain.single(preset, timing.presetWidth(), 0, 0, 0, timing.period()));
            }
            parts.add(read(timing, timing.period() - timing.readWidth()));
            double after = timing.period() - timing.width() - timing.readDelay() - timing.readWidth();
            for (int k = 0; k < count; k++) {
                parts.add(PulseTrain.single(amplitude, timing.width(), 0, 0, 0, timing.readDelay()));
                parts.add(read(timing, after));
            }
            blocks.add(new OneGroup(new Sequence(parts)));
        }
        return new Sequence(blocks);
    }

    private static Waveform read(Timing timing, double tail) {
        return PulseTrain.single(timing.read(), timing.readWidth(), 0, 0, 0, tail);
    }

    /** A waveform whose pulses all belong to group 0. */
    private static final class OneGroup extends ForwardingWaveform {

        OneGroup(Waveform inner) {
            super(inner);
        }

        @Override
        public List<PulseWindow> pulseWindows() {
            return super.pulseWindows().stream().map(w -> w.shifted(0, 0)).toList();
        }
    }
}
