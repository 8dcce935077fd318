package org.memdsl.runtime.stimulus;

import java.util.List;

import org.memdsl.runtime.catalog.Dimension;
import org.memdsl.runtime.catalog.Parameter;
import org.memdsl.runtime.catalog.ParameterValues;
import org.memdsl.runtime.catalog.Values;

/** {@code stimulus NAME : paired}: pairs of pulses for each gap in a list, repeated, with rest between pairs. */
final class PairedKind extends ElectricalKind {

    PairedKind() {
        super("paired", "pairs of pulses for each gap in a list, repeated, with rest between pairs",
                List.of(PulseParameters.AMPLITUDE, PulseParameters.WIDTH,
                Parameter.optionalNonNegative("edge", Dimension.TIME, 0.0, "rise and fall time"),
                Parameter.list("intervals", Dimension.TIME, 0, Double.MAX_VALUE,
                        "gaps between the two pulses of a pair"),
                Parameter.count("repeats", 1, 1, PulseParameters.MAX_COUNT, "pairs per interval"),
                Parameter.optionalNonNegative("rest", Dimension.TIME, 0.0, "time after each pair")));
        example(Values.builder().set("amplitude", 3.0).set("width", 6e-3).list("intervals", 1e-3, 10e-3, 60e-3)
                .build());
    }

    @Override
    public long edges(ParameterValues a) {
        return Edges.times(Edges.times(a.list("intervals").length, a.count("repeats")), Edges.train(2));
    }

    @Override
    public Waveform create(ParameterValues a) {
        return PairedPulses.of(a.get("amplitude"), a.get("width"), a.get("edge"), a.list("intervals"),
                a.count("repeats"), a.get("rest"));
    }
}
