package org.memdsl.runtime.device;

import java.util.List;

import org.memdsl.runtime.catalog.Dimension;
import org.memdsl.runtime.catalog.Parameter;
import org.memdsl.runtime.catalog.ParameterValues;

/** Family entry for {@link LinearIonDriftModel}; defaults are the values of Strukov et al. (2008). */
public final class LinearIonDriftFamily extends ParameterizedFamily {

    public static final String NAME = "linear_ion_drift";

    private static final List<Parameter> PARAMETERS = List.of(
            new Parameter("r_on", Dimension.RESISTANCE, 100.0, 1e-3, 1e12, "low-resistance limit"),
            new Parameter("r_off", Dimension.RESISTANCE, 16e3, 1e-3, 1e15, "high-resistance limit"),
            new Parameter("thickness", Dimension.LENGTH, 10e-9, 1e-10, 1e-3, "switching-layer thickness D"),
            new Parameter("mobility", Dimension.MOBILITY, 1e-14, 0.0, 1.0, "ion mobility µ_v"),
            new Parameter("w0", Dimension.DIMENSIONLESS, 0.1, 0.0, 1.0, "initial doped fraction"),
            new Parameter("window_p", Dimension.DIMENSIONLESS, 0.0, 0.0, 20.0,
                    "Joglekar window exponent (0: no window)"));

    public LinearIonDriftFamily() {
        super(NAME, "linear ion-drift memristor (Strukov 2008) with optional Joglekar window", PARAMETERS,
                "docs/models.md#strukov-2008");
    }

    @Override
    protected DeviceModel create(ParameterValues p) {
        double windowP = p.get("window_p");
        if (windowP != Math.rint(windowP)) {
            throw new IllegalArgumentException(NAME + ".window_p must be a whole number, got " + windowP);
        }
        return new LinearIonDriftModel(p.get("r_on"), p.get("r_off"), p.get("thickness"), p.get("mobility"),
                p.get("w0"), (int) windowP);
    }
}
