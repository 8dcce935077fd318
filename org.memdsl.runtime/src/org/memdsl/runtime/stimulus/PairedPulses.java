package org.memdsl.runtime.stimulus;

import java.util.ArrayList;
import java.util.List;

/**
 * Paired-pulse protocol: for each inter-pulse interval (start of pulse 1 plateau end to start of
 * pulse 2, i.e. the gap between the two pulses), {@code repeats} pairs, each pair followed by
 * {@code rest} of zero signal so the device relaxes before the next pair.
 */
public final class PairedPulses {

    private PairedPulses() {
    }

    public static Sequence of(double amplitude, double width, double edge, double[] intervals, int repeats,
            double rest) {
        if (intervals.length == 0 || repeats < 1) {
            throw new IllegalArgumentException("paired pulses need at least one interval and one repeat");
        }
        List<Waveform> parts = new ArrayList<>();
        for (double gap : intervals) {
            if (gap <= 0) {
                throw new IllegalArgumentException("paired-pulse interval must be > 0, got " + gap);
            }
            double period = 2 * edge + width + gap;
            for (int r = 0; r < repeats; r++) {
                parts.add(new PulseTrain(amplitude, width, edge, edge, period, 2, 0.0, rest));
            }
        }
        return new Sequence(parts);
    }
}
