package org.memdsl.runtime.stimulus;

import java.util.List;

import org.memdsl.runtime.catalog.Dimension;
import org.memdsl.runtime.catalog.Parameter;
import org.memdsl.runtime.catalog.ParameterValues;
import org.memdsl.runtime.catalog.Values;

/** {@code stimulus NAME : train}: identical voltage pulses at a fixed frequency. */
final class TrainKind extends ElectricalKind {

    TrainKind() {
        super("train", "identical voltage pulses at a fixed frequency",
                List.of(PulseParameters.AMPLITUDE, PulseParameters.WIDTH, PulseParameters.RISE, PulseParameters.FALL,
                PulseParameters.DELAY, PulseParameters.TAIL,
                Parameter.requiredPositive("frequency", Dimension.FREQUENCY, "pulse repetition frequency"),
                Parameter.requiredCount("count", 1, PulseParameters.MAX_COUNT, "number of pulses")));
        example(Values.builder().set("amplitude", 2.0).set("width", 5e-3).set("frequency", 100).set("count", 20)
                .build());
    }

    @Override
    public long edges(ParameterValues a) {
        return Edges.train(a.count("count"));
    }

    @Override
    public Waveform create(ParameterValues a) {
        return new PulseTrain(a.get("amplitude"), a.get("width"), a.get("rise"), a.get("fall"),
                1.0 / a.get("frequency"), a.count("count"), a.get("delay"), a.get("tail"));
    }
}
