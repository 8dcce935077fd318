package org.memdsl.runtime.measurement;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.memdsl.runtime.stimulus.AppliedStimulus;
import org.memdsl.runtime.stimulus.PulseWindow;

/** The pulse plateaus a pulse-based measurement needs, or a clear error when there are none. */
final class PulseWindows {

    private PulseWindows() {
    }

    static List<PulseWindow> required(AppliedStimulus stimulus, String measurement) {
        List<PulseWindow> windows = stimulus.pulseWindows();
        if (windows.isEmpty()) {
            throw new IllegalArgumentException("measurement '" + measurement + "' needs a stimulus with pulses");
        }
        return windows;
    }

    /** The smallest pulse amplitude: that of the read pulses of a programming protocol. */
    static double readAmplitude(List<PulseWindow> windows) {
        return windows.stream().mapToDouble(w -> Math.abs(w.amplitude())).min().orElseThrow();
    }

    /** The pulses grouped by pulse group (train, segment), groups in order. */
    static List<List<PulseWindow>> byGroup(AppliedStimulus stimulus, String measurement) {
        Map<Integer, List<PulseWindow>> groups = new TreeMap<>();
        for (PulseWindow w : required(stimulus, measurement)) {
            groups.computeIfAbsent(w.group(), g -> new ArrayList<>()).add(w);
        }
        return new ArrayList<>(groups.values());
    }
}
