package org.memdsl.runtime.device;

import java.util.List;

import org.memdsl.runtime.catalog.Dimension;
import org.memdsl.runtime.catalog.Parameter;
import org.memdsl.runtime.catalog.ParameterValues;

/** Family entry for {@link VteamModel}. */
public final class VteamFamily extends ParameterizedFamily {

    public static final String NAME = "vteam";

    private static final List<Parameter> PARAMETERS = List.of(
            new Parameter("r_on", Dimension.RESISTANCE, 1e3, 1e-3, 1e15, "ON resistance (w = 0)"),
            new Parameter("r_off", Dimension.RESISTANCE, 1e6, 1e-3, 1e15, "OFF resistance (w = 1)"),
            new Parameter("v_on", Dimension.VOLTAGE, -0.3, -1e3, 0, "SET threshold (negative)"),
            new Parameter("v_off", Dimension.VOLTAGE, 0.3, 0, 1e3, "RESET threshold (positive)"),
            new Parameter("k_on", Dimension.FREQUENCY, -100, -1e15, 0, "SET rate (negative)"),
            new Parameter("k_off", Dimension.FREQUENCY, 100, 0, 1e15, "RESET rate"),
            new Parameter("alpha_on", Dimension.DIMENSIONLESS, 3, 0, 50, "SET nonlinearity"),
            new Parameter("alpha_off", Dimension.DIMENSIONLESS, 3, 0, 50, "RESET nonlinearity"),
            new Parameter("w0", Dimension.DIMENSIONLESS, 1, 0, 1, "initial state (1: OFF)"));

    public VteamFamily() {
        super(NAME, "VTEAM threshold memristor (Kvatinsky 2015), linear I–V", PARAMETERS,
                "docs/models.md#kvatinsky-2015");
    }

    @Override
    protected DeviceModel create(ParameterValues p) {
        return new VteamModel(p.get("r_on"), p.get("r_off"), p.get("v_on"), p.get("v_off"), p.get("k_on"),
                p.get("k_off"), p.get("alpha_on"), p.get("alpha_off"), p.get("w0"));
    }
}
