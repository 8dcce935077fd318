package org.memdsl.runtime.stimulus;

import java.util.ArrayList;
import java.util.List;

/** Waveforms played one after another; the pulses of part {@code k} form pulse group {@code k}. */
public record Sequence(List<Waveform> parts) implements Waveform {

    public Sequence {
        if (parts.isEmpty()) {
            throw new IllegalArgumentException("a sequence needs at least one part");
        }
        parts = List.copyOf(parts);
    }

    @Override
    public double duration() {
        return parts.stream().mapToDouble(Waveform::duration).sum();
    }

    @Override
    public double value(double t) {
        double offset = 0;
        for (Waveform part : parts) {
            if (t < offset + part.duration()) {
                return part.value(t - offset);
            }
            offset += part.duration();
        }
        Waveform last = parts.get(parts.size() - 1);
        return last.value(last.duration());
    }

    @Override
    public double[] breakpoints() {
        List<Double> all = new ArrayList<>();
        double offset = 0;
        for (Waveform part : parts) {
            for (double p : part.breakpoints()) {
                all.add(p + offset);
            }
            offset += part.duration();
        }
        return Breakpoints.normalise(all.stream().mapToDouble(Double::doubleValue).toArray());
    }

    @Override
    public List<PulseWindow> pulseWindows() {
        List<PulseWindow> all = new ArrayList<>();
        double offset = 0;
        for (int k = 0; k < parts.size(); k++) {
            Waveform part = parts.get(k);
            for (PulseWindow w : part.pulseWindows()) {
                all.add(w.shifted(offset, k));
            }
            offset += part.duration();
        }
        return all;
    }
}
