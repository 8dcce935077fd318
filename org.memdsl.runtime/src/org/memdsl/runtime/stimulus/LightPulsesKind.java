package org.memdsl.runtime.stimulus;

import java.util.List;

import org.memdsl.runtime.catalog.Dimension;
import org.memdsl.runtime.catalog.Parameter;
import org.memdsl.runtime.catalog.ParameterValues;
import org.memdsl.runtime.catalog.Values;

/** {@code stimulus NAME : light_pulses}: train of rectangular light pulses. */
final class LightPulsesKind extends OpticalKind {

    LightPulsesKind() {
        super("light_pulses", "train of rectangular light pulses",
                List.of(OpticalKind.INTENSITY, OpticalKind.WAVELENGTH,
                Parameter.requiredPositive("width", Dimension.TIME, "pulse duration"),
                Parameter.requiredPositive("frequency", Dimension.FREQUENCY, "pulse repetition frequency"),
                Parameter.count("count", 1, 1, PulseParameters.MAX_COUNT, "number of pulses"),
                PulseParameters.DELAY, PulseParameters.TAIL));
        example(Values.builder().set("intensity", 10).set("wavelength", 532e-9).set("width", 0.5).set("frequency", 1)
                .set("count", 5).build());
    }

    @Override
    public Waveform create(ParameterValues a) {
        return new PulseTrain(a.get("intensity"), a.get("width"), 0, 0, 1.0 / a.get("frequency"), a.count("count"),
                a.get("delay"), a.get("tail"));
    }
}
