package org.memdsl.runtime.stimulus;

import java.util.List;

import org.memdsl.runtime.catalog.ParameterValues;
import org.memdsl.runtime.catalog.Values;

/** {@code stimulus NAME : pulse}: one trapezoidal voltage pulse. */
final class PulseKind extends ElectricalKind {

    PulseKind() {
        super("pulse", "one trapezoidal voltage pulse",
                List.of(PulseParameters.AMPLITUDE, PulseParameters.WIDTH, PulseParameters.RISE, PulseParameters.FALL,
                PulseParameters.DELAY, PulseParameters.TAIL));
        example(Values.builder().set("amplitude", 1.0).set("width", 5e-3).build());
    }

    @Override
    public long edges(ParameterValues a) {
        return Edges.train(1);
    }

    @Override
    public Waveform create(ParameterValues a) {
        return PulseTrain.single(a.get("amplitude"), a.get("width"), a.get("rise"), a.get("fall"), a.get("delay"),
                a.get("tail"));
    }
}
