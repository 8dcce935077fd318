package org.memdsl.runtime.device;

import java.util.List;

import org.memdsl.runtime.catalog.Dimension;
import org.memdsl.runtime.catalog.Parameter;
import org.memdsl.runtime.catalog.ParameterValues;

/** Family entry for {@link SoftBoundPulseModel} (NeuroSim-style nonlinear LTP/LTD). */
public final class SoftBoundPulseFamily extends ParameterizedFamily {

    public static final String NAME = "soft_bound_pulse";

    private static final List<Parameter> PARAMETERS = List.of(
            new Parameter("g_min", Dimension.CONDUCTANCE, 1e-9, 1e-18, 1e3, "lowest conductance"),
            new Parameter("g_max", Dimension.CONDUCTANCE, 1e-7, 1e-18, 1e3, "highest conductance"),
            new Parameter("g0", Dimension.CONDUCTANCE, 1e-9, 1e-18, 1e3, "initial conductance"),
            new Parameter("v_threshold", Dimension.VOLTAGE, 0.5, 0.0, 1e3,
                    "|V| at or above which a pulse updates the state"),
            new Parameter("pulse_width", Dimension.TIME, 1e-3, 1e-12, 1e6,
                    "nominal pulse width: one such pulse is one update step"),
            new Parameter("states", Dimension.DIMENSIONLESS, 100, 1, 1e6,
                    "pulses from g_min to g_max (P_max)"),
            new Parameter("a_ltp", Dimension.DIMENSIONLESS, 30, 1e-3, 1e9,
                    "potentiation shape A_p in pulses (small: nonlinear)"),
            new Parameter("a_ltd", Dimension.DIMENSIONLESS, 30, 1e-3, 1e9,
                    "depression shape A_d in pulses (small: nonlinear)"));

    public SoftBoundPulseFamily() {
        super(NAME, "pulse-update synapse with NeuroSim nonlinear LTP/LTD curves", PARAMETERS,
                "docs/models.md#chen-2018");
    }

    @Override
    protected DeviceModel create(ParameterValues p) {
        return new SoftBoundPulseModel(p.get("g_min"), p.get("g_max"), p.get("g0"), p.get("v_threshold"),
                p.get("pulse_width"), p.get("states"), p.get("a_ltp"), p.get("a_ltd"));
    }
}
