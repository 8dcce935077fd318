package org.memdsl.runtime.stimulus;

import java.util.List;

import org.memdsl.runtime.catalog.Dimension;
import org.memdsl.runtime.catalog.Parameter;
import org.memdsl.runtime.catalog.ParameterValues;
import org.memdsl.runtime.catalog.Values;

/** {@code stimulus NAME : illumination}: continuous light switched on at start and off at stop. */
final class IlluminationKind extends OpticalKind {

    IlluminationKind() {
        super("illumination", "continuous light switched on at start and off at stop",
                List.of(OpticalKind.INTENSITY, OpticalKind.WAVELENGTH,
                Parameter.optionalNonNegative("start", Dimension.TIME, 0.0, "switch-on time"),
                Parameter.requiredPositive("stop", Dimension.TIME, "switch-off time")));
        example(Values.builder().set("intensity", 300).set("wavelength", 532e-9).set("stop", 1).build());
    }

    @Override
    public long edges(ParameterValues a) {
        return 4;
    }

    @Override
    public Waveform create(ParameterValues a) {
        return new Constant(a.get("intensity"), a.get("start"), a.get("stop"), a.get("stop"));
    }
}
