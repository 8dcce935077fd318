package org.memdsl.runtime.stimulus;

import java.util.List;

import org.memdsl.runtime.catalog.Dimension;
import org.memdsl.runtime.catalog.Parameter;
import org.memdsl.runtime.catalog.ParameterValues;
import org.memdsl.runtime.catalog.Values;

/** {@code stimulus NAME : stdp}: pre/post spike pairs for a list of Δt, each between two read pulses. */
final class StdpKind extends ElectricalKind {

    StdpKind() {
        super("stdp", "pre/post spike pairs for a list of Δt, each between two read pulses",
                List.of(Parameter.required("amplitude", Dimension.VOLTAGE, "positive phase of a spike"),
                Parameter.optionalNonNegative("undershoot", Dimension.VOLTAGE, 0.0,
                        "magnitude of the negative phase (not given: half the amplitude)"),
                Parameter.requiredPositive("width", Dimension.TIME, "duration of each spike phase"),
                Parameter.list("deltas", Dimension.TIME, "post minus pre spike times"),
                Parameter.count("repeats", 1, 1, PulseParameters.MAX_COUNT, "pairings per Δt"),
                Parameter.required("read", Dimension.VOLTAGE, "read pulse voltage"),
                Parameter.requiredPositive("read_width", Dimension.TIME, "read pulse width"),
                Parameter.optionalNonNegative("gap", Dimension.TIME, 1e-3, "time between a read pulse and the spikes"),
                Parameter.optionalNonNegative("rest", Dimension.TIME, 0.0, "time after each pairing")));
        example(Values.builder().set("amplitude", 1.0).set("width", 1e-3).list("deltas", -20e-3, -5e-3, 5e-3, 20e-3)
                .set("read", 0.1).set("read_width", 1e-3).build());
    }

    @Override
    public long edges(ParameterValues a) {
        return Edges.times(Edges.times(a.list("deltas").length, a.count("repeats")), 2 * Edges.train(1) + 8);
    }

    @Override
    public Waveform create(ParameterValues a) {
        return new StdpProtocol(new SpikePair(a.get("amplitude"),
                a.has("undershoot") ? a.get("undershoot") : 0.5 * a.get("amplitude"), a.get("width"), 0),
                a.list("deltas"), a.count("repeats"), a.get("read"), a.get("read_width"), a.get("gap"), a.get("rest"));
    }
}
