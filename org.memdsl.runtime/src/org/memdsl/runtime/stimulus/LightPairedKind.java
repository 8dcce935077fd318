package org.memdsl.runtime.stimulus;

import java.util.List;

import org.memdsl.runtime.catalog.Dimension;
import org.memdsl.runtime.catalog.Parameter;
import org.memdsl.runtime.catalog.ParameterValues;
import org.memdsl.runtime.catalog.Values;

/**
 * {@code stimulus NAME : light_paired}: pairs of light pulses for each gap in a list, repeated, with
 * darkness between pairs; the optical twin of {@code paired} (paired-pulse facilitation of photo-synapses,
 * docs/papers.md#paper-d).
 */
final class LightPairedKind extends OpticalKind {

    LightPairedKind() {
        super("light_paired", "pairs of light pulses for each gap in a list, repeated, with darkness between pairs",
                List.of(OpticalKind.INTENSITY, OpticalKind.WAVELENGTH,
                Parameter.requiredPositive("width", Dimension.TIME, "pulse duration"),
                Parameter.list("intervals", Dimension.TIME, 0, Double.MAX_VALUE,
                        "dark gaps between the two pulses of a pair"),
                Parameter.count("repeats", 1, 1, PulseParameters.MAX_COUNT, "pairs per interval"),
                Parameter.optionalNonNegative("rest", Dimension.TIME, 0.0, "darkness after each pair")));
        example(Values.builder().set("intensity", 1.0).set("wavelength", 532e-9).set("width", 0.5)
                .list("intervals", 0.1, 0.5, 1.5).set("rest", 60).build());
    }

    @Override
    public long edges(ParameterValues a) {
        return Edges.times(Edges.times(a.list("intervals").length, a.count("repeats")), Edges.train(2));
    }

    @Override
    public Waveform create(ParameterValues a) {
        return PairedPulses.of(a.get("intensity"), a.get("width"), 0.0, a.list("intervals"), a.count("repeats"),
                a.get("rest"));
    }
}
