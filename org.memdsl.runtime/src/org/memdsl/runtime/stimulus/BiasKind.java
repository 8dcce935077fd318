package org.memdsl.runtime.stimulus;

import java.util.List;

import org.memdsl.runtime.catalog.Dimension;
import org.memdsl.runtime.catalog.Parameter;
import org.memdsl.runtime.catalog.ParameterValues;
import org.memdsl.runtime.catalog.Values;

/**
 * {@code stimulus NAME : bias}: constant read voltage for the whole protocol (pulse measurements
 * then use light pulses).
 */
final class BiasKind extends ElectricalKind {

    BiasKind() {
        super("bias", "constant read voltage for the whole protocol (pulse measurements then use light pulses)",
                List.of(Parameter.required("level", Dimension.VOLTAGE, "bias voltage"),
                Parameter.requiredPositive("duration", Dimension.TIME, "protocol duration")));
        example(Values.builder().set("level", 0.5).set("duration", 10).build());
    }

    @Override
    public long edges(ParameterValues a) {
        return 2;
    }

    @Override
    public Waveform create(ParameterValues a) {
        return new Bias(a.get("level"), a.get("duration"));
    }
}
