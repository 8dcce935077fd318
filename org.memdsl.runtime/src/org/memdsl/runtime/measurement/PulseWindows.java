package org.memdsl.runtime.measurement;

import java.util.List;

import org.memdsl.runtime.stimulus.PulseWindow;
import org.memdsl.runtime.stimulus.Stimulus;

/** The pulse plateaus a pulse-based measurement needs, or a clear error when there are none. */
final class PulseWindows {

    private PulseWindows() {
    }

    static List<PulseWindow> required(Stimulus stimulus, String measurement) {
        List<PulseWindow> windows = stimulus.pulseWindows();
        if (windows.isEmpty()) {
            throw new IllegalArgumentException("measurement '" + measurement + "' needs a stimulus with pulses");
        }
        return windows;
    }
}
