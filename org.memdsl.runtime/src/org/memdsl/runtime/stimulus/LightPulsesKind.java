package org.memdsl.runtime.stimulus;

import java.util.ArrayList;
import java.util.List;

import org.memdsl.runtime.catalog.Dimension;
import org.memdsl.runtime.catalog.Parameter;
import org.memdsl.runtime.catalog.ParameterValues;
import org.memdsl.runtime.catalog.Values;

/**
 * {@code stimulus NAME : light_pulses}: train of rectangular light pulses, optionally repeated after a
 * rest in the dark (each train is a pulse group of its own).
 */
final class LightPulsesKind extends OpticalKind {

    LightPulsesKind() {
        super("light_pulses", "train of rectangular light pulses",
                List.of(OpticalKind.INTENSITY, OpticalKind.WAVELENGTH,
                Parameter.requiredPositive("width", Dimension.TIME, "pulse duration"),
                Parameter.requiredPositive("frequency", Dimension.FREQUENCY, "pulse repetition frequency"),
                Parameter.count("count", 1, 1, PulseParameters.MAX_COUNT, "number of pulses"),
                PulseParameters.DELAY, PulseParameters.TAIL,
                Parameter.count("repeats", 1, 1, PulseParameters.MAX_COUNT, "number of trains"),
                Parameter.optionalNonNegative("rest", Dimension.TIME, 0.0, "dark time between trains")));
        example(Values.builder().set("intensity", 10).set("wavelength", 532e-9).set("width", 0.5).set("frequency", 1)
                .set("count", 5).build());
    }

    @Override
    public long edges(ParameterValues a) {
        return Edges.times(a.count("repeats"), Edges.plus(Edges.train(a.count("count")), 4));
    }

    @Override
    public Waveform create(ParameterValues a) {
        PulseTrain train = new PulseTrain(a.get("intensity"), a.get("width"), 0, 0, 1.0 / a.get("frequency"),
                a.count("count"), a.get("delay"), a.get("tail"));
        int repeats = a.count("repeats");
        double rest = a.get("rest");
        if (repeats == 1) {
            return train;
        }
        if ((long) repeats * a.count("count") > PulseParameters.MAX_COUNT) {
            throw new IllegalArgumentException("repeats × count must not exceed " + PulseParameters.MAX_COUNT
                    + " pulses");
        }
        List<Waveform> parts = new ArrayList<>();
        for (int k = 0; k < repeats; k++) {
            if (k > 0 && rest > 0) {
                parts.add(new Constant(0.0, 0.0, 0.0, rest));
            }
            parts.add(train);
        }
        return new Sequence(parts);
    }
}
