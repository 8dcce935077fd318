package org.memdsl.runtime.stimulus;

import java.util.ArrayList;
import java.util.List;

/**
 * Rate-coded pulse protocols of the synapse literature, built from pulse trains; each train is one
 * pulse group.
 */
public final class RateProtocols {

    private RateProtocols() {
    }

    /**
     * Spike-rate-dependent plasticity: back-to-back segments of equal duration, one per frequency,
     * so the pulse count of a segment is proportional to its frequency (e.g. 1 → 2.5 → 4 → 2.5 →
     * 1 kHz).
     */
    public static Sequence segments(double amplitude, double width, double[] frequencies, double segment) {
        if (frequencies.length == 0 || !(segment > 0)) {
            throw new IllegalArgumentException("a rate sequence needs frequencies and a segment duration > 0");
        }
        List<Waveform> parts = new ArrayList<>();
        for (double f : frequencies) {
            int count = (int) Math.round(f * segment);
            if (count < 1) {
                throw new IllegalArgumentException("segment of " + segment + " s holds no pulse at " + f + " Hz");
            }
            double period = 1.0 / f;
            parts.add(new PulseTrain(amplitude, width, 0, 0, period, count, 0, segment - (count - 1) * period
                    - width));
        }
        return new Sequence(parts);
    }

    /**
     * BCM-style protocol: one train of {@code count} pulses per frequency, each followed by
     * {@code rest}.
     */
    public static Sequence trains(double amplitude, double width, double[] frequencies, int count, double rest) {
        if (frequencies.length == 0) {
            throw new IllegalArgumentException("rate trains need at least one frequency");
        }
        List<Waveform> parts = new ArrayList<>();
        for (double f : frequencies) {
            parts.add(new PulseTrain(amplitude, width, 0, 0, 1.0 / f, count, 0, rest));
        }
        return new Sequence(parts);
    }
}
