package org.memdsl.runtime.stimulus;

import java.util.List;

import org.memdsl.runtime.catalog.Dimension;
import org.memdsl.runtime.catalog.Parameter;
import org.memdsl.runtime.catalog.ParameterValues;
import org.memdsl.runtime.catalog.Values;

/** {@code stimulus NAME : sweep}: triangular I–V sweep 0 → high → low → 0. */
final class SweepKind extends ElectricalKind {

    SweepKind() {
        super("sweep", "triangular I–V sweep 0 → high → low → 0",
                List.of(Parameter.required("high", Dimension.VOLTAGE, "positive turning point"),
                Parameter.required("low", Dimension.VOLTAGE, "negative turning point"),
                Parameter.requiredPositive("rate", Dimension.SWEEP_RATE, "sweep rate"),
                Parameter.count("cycles", 1, 1, PulseParameters.MAX_COUNT, "number of loops")));
        example(Values.builder().set("high", 0.2).set("low", -0.2).set("rate", 0.1).build());
    }

    @Override
    public long edges(ParameterValues a) {
        return Edges.plus(Edges.times(3, a.count("cycles")), 1);
    }

    @Override
    public Waveform create(ParameterValues a) {
        return new TriangularSweep(a.get("high"), a.get("low"), a.get("rate"), a.count("cycles"));
    }
}
