package org.memdsl.runtime.device;

import java.util.List;

import org.memdsl.runtime.catalog.Dimension;
import org.memdsl.runtime.catalog.Parameter;
import org.memdsl.runtime.catalog.ParameterValues;

/**
 * Family entry for {@link PulseTableModel}: a synapse defined by the user's measured conductance
 * against pulse number ({@code table = "ltp-ltd.csv"}).
 */
public final class PulseTableFamily extends ParameterizedFamily {

    public static final String NAME = "pulse_table";
    public static final String TABLE = "table";

    private static final List<Parameter> PARAMETERS = List.of(
            new Parameter("v_threshold", Dimension.VOLTAGE, 0.5, 0.0, 1e3,
                    "|V| at or above which a pulse updates the state"),
            new Parameter("pulse_width", Dimension.TIME, 1e-3, 1e-12, 1e6,
                    "nominal pulse width: one such pulse is one row of the table"),
            new Parameter("g0", Dimension.CONDUCTANCE, 0, 0, 1e3,
                    "initial conductance (0: the first potentiation point)"),
            Parameter.file(TABLE, "CSV with columns pulse, g_ltp and optionally g_ltd (conductance in S)"));

    public PulseTableFamily() {
        super(NAME, "pulse-update synapse following measured conductance-vs-pulse curves from a CSV file",
                PARAMETERS, "docs/models.md#chen-2018");
    }

    @Override
    protected DeviceModel create(ParameterValues p) {
        MeasuredPulseCurves curves = MeasuredPulseCurves.read(p.file(TABLE));
        double g0 = p.get("g0") == 0 ? curves.potentiation()[0] : p.get("g0");
        return new PulseTableModel(curves, p.get("v_threshold"), p.get("pulse_width"), g0);
    }
}
