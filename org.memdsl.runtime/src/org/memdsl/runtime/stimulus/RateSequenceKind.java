package org.memdsl.runtime.stimulus;

import java.util.List;

import org.memdsl.runtime.catalog.Dimension;
import org.memdsl.runtime.catalog.Parameter;
import org.memdsl.runtime.catalog.ParameterValues;
import org.memdsl.runtime.catalog.Values;

/** {@code stimulus NAME : rate_sequence}: segments of equal duration at a list of pulse frequencies (SRDP). */
final class RateSequenceKind extends ElectricalKind {

    RateSequenceKind() {
        super("rate_sequence", "segments of equal duration at a list of pulse frequencies (SRDP)",
                List.of(PulseParameters.AMPLITUDE, PulseParameters.WIDTH,
                Parameter.list("frequencies", Dimension.FREQUENCY, Double.MIN_NORMAL, Double.MAX_VALUE,
                        "one per segment"),
                Parameter.requiredPositive("segment", Dimension.TIME, "duration of each segment")));
        example(Values.builder().set("amplitude", 4.0).set("width", 200e-6).list("frequencies", 1e3, 2.5e3, 4e3)
                .set("segment", 20e-3).build());
    }

    @Override
    public long edges(ParameterValues a) {
        long edges = 0;
        for (double f : a.list("frequencies")) {
            edges = Edges.plus(edges, Edges.train(Edges.of(f * a.get("segment"))));
        }
        return edges;
    }

    @Override
    public Waveform create(ParameterValues a) {
        return RateProtocols.segments(a.get("amplitude"), a.get("width"), a.list("frequencies"), a.get("segment"));
    }
}
