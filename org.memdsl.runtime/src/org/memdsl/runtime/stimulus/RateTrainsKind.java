package org.memdsl.runtime.stimulus;

import java.util.List;

import org.memdsl.runtime.catalog.Dimension;
import org.memdsl.runtime.catalog.Parameter;
import org.memdsl.runtime.catalog.ParameterValues;
import org.memdsl.runtime.catalog.Values;

/** {@code stimulus NAME : rate_trains}: one train of equal pulse count per frequency, with rest between (BCM). */
final class RateTrainsKind extends ElectricalKind {

    RateTrainsKind() {
        super("rate_trains", "one train of equal pulse count per frequency, with rest between (BCM)",
                List.of(PulseParameters.AMPLITUDE, PulseParameters.WIDTH,
                Parameter.list("frequencies", Dimension.FREQUENCY, Double.MIN_NORMAL, Double.MAX_VALUE,
                        "one per train"),
                Parameter.count("count", 100, 1, PulseParameters.MAX_COUNT, "pulses per train"),
                Parameter.optionalNonNegative("rest", Dimension.TIME, 0.0, "time after each train")));
        example(Values.builder().set("amplitude", 2.0).set("width", 5e-3).list("frequencies", 10, 50, 100).build());
    }

    @Override
    public long edges(ParameterValues a) {
        return Edges.times(a.list("frequencies").length, Edges.train(a.count("count")));
    }

    @Override
    public Waveform create(ParameterValues a) {
        return RateProtocols.trains(a.get("amplitude"), a.get("width"), a.list("frequencies"), a.count("count"),
                a.get("rest"));
    }
}
