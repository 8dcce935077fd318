package org.memdsl.runtime.stimulus;

import java.util.List;

import org.memdsl.runtime.catalog.Dimension;
import org.memdsl.runtime.catalog.Parameter;
import org.memdsl.runtime.catalog.ParameterValues;
import org.memdsl.runtime.catalog.Values;

/** {@code stimulus NAME : staircase}: quasi-DC staircase sweep 0 → high → low → 0. */
final class StaircaseKind extends ElectricalKind {

    StaircaseKind() {
        super("staircase", "quasi-DC staircase sweep 0 → high → low → 0",
                List.of(Parameter.required("high", Dimension.VOLTAGE, "positive turning point"),
                Parameter.required("low", Dimension.VOLTAGE, "negative turning point"),
                Parameter.requiredPositive("step", Dimension.VOLTAGE, "voltage step"),
                Parameter.requiredPositive("dwell", Dimension.TIME, "time at each level"),
                Parameter.count("cycles", 1, 1, PulseParameters.MAX_COUNT, "number of loops")));
        example(Values.builder().set("high", 2.0).set("low", -2.0).set("step", 0.1).set("dwell", 10e-3).build());
    }

    @Override
    public long edges(ParameterValues a) {
        double levelsPerCycle = 2 * (a.get("high") - a.get("low")) / a.get("step");
        return Edges.plus(Edges.times(Edges.of(levelsPerCycle + 2), a.count("cycles")), 2);
    }

    @Override
    public Waveform create(ParameterValues a) {
        return new StaircaseSweep(a.get("high"), a.get("low"), a.get("step"), a.get("dwell"), a.count("cycles"));
    }
}
