package org.memdsl.runtime.stimulus;

import java.util.List;

import org.memdsl.runtime.catalog.Dimension;
import org.memdsl.runtime.catalog.Parameter;
import org.memdsl.runtime.catalog.ParameterValues;
import org.memdsl.runtime.catalog.Values;

/**
 * {@code stimulus NAME : programming_map}: analog programming window: per amplitude a preset, then
 * identical pulses each followed by a read.
 */
final class ProgrammingMapKind extends ElectricalKind {

    ProgrammingMapKind() {
        super("programming_map",
                "analog programming window: per amplitude a preset, then identical pulses each followed by a read",
                List.of(Parameter.list("amplitudes", Dimension.VOLTAGE, "one train per amplitude (sign: direction)"),
                Parameter.count("count", 300, 1, PulseParameters.MAX_COUNT, "pulses per amplitude"),
                Parameter.requiredPositive("width", Dimension.TIME, "programming pulse width"),
                Parameter.requiredPositive("period", Dimension.TIME, "time from one programming pulse to the next"),
                Parameter.required("read", Dimension.VOLTAGE, "read voltage"),
                Parameter.requiredPositive("read_width", Dimension.TIME, "read pulse width"),
                Parameter.optionalNonNegative("read_delay", Dimension.TIME, 0.0,
                        "time from a programming pulse to its read"),
                Parameter.optional("set", Dimension.VOLTAGE, 0.0, "preset before a depressing train (0: none)"),
                Parameter.optional("reset", Dimension.VOLTAGE, 0.0, "preset before a potentiating train (0: none)"),
                new Parameter("preset_width", Dimension.TIME, 10e-3, Double.MIN_NORMAL, Double.MAX_VALUE,
                        "width of the preset pulses")));
        example(Values.builder().list("amplitudes", 1.0, 1.2, -0.5).set("count", 10).set("width", 100e-9)
                .set("period", 10e-3).set("read", 0.1).set("read_width", 1e-3).build());
    }

    @Override
    public long edges(ParameterValues a) {
        long block = Edges.plus(Edges.times(a.count("count"), 2 * Edges.train(1)), 2 * Edges.train(1));
        return Edges.times(a.list("amplitudes").length, block);
    }

    @Override
    public Waveform create(ParameterValues a) {
        return ProgrammingMap.of(a.list("amplitudes"), a.count("count"),
                new ProgrammingMap.Timing(a.get("width"), a.get("period"), a.get("read"), a.get("read_width"),
                        a.get("read_delay"), a.get("preset_width")),
                a.get("set"), a.get("reset"));
    }
}
