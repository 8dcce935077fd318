package org.memdsl.runtime.device;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * Family entry for {@link PulseTableModel}: a synapse defined by the user's measured conductance
 * against pulse number ({@code table = "ltp-ltd.csv"}).
 */
public final class PulseTableFamily extends ParameterizedFamily {

    public static final String NAME = "pulse_table";
    public static final String TABLE = "table";

    private static final List<ParameterSpec> PARAMETERS = List.of(
            new ParameterSpec("v_threshold", Dimension.VOLTAGE, 0.5, 0.0, 1e3,
                    "|V| at or above which a pulse updates the state"),
            new ParameterSpec("pulse_width", Dimension.TIME, 1e-3, 1e-12, 1e6,
                    "nominal pulse width: one such pulse is one row of the table"),
            new ParameterSpec("g0", Dimension.CONDUCTANCE, 0, 0, 1e3,
                    "initial conductance (0: the first potentiation point)"));

    private static final List<FileParameterSpec> FILES = List.of(new FileParameterSpec(TABLE,
            "CSV with columns pulse, g_ltp and optionally g_ltd (conductance in S)"));

    public PulseTableFamily() {
        super(NAME, "pulse-update synapse following measured conductance-vs-pulse curves from a CSV file",
                PARAMETERS);
    }

    @Override
    public List<FileParameterSpec> fileParameters() {
        return FILES;
    }

    /** Without its table the family cannot build a model. */
    @Override
    protected DeviceModel create(ParameterValues values) {
        throw new IllegalArgumentException("device family '" + NAME + "' needs " + TABLE
                + " = \"FILE.csv\" (measured conductance against pulse number)");
    }

    @Override
    public DeviceModel create(Map<String, Double> values, Map<String, Path> files) {
        for (String name : files.keySet()) {
            if (!name.equals(TABLE)) {
                throw new IllegalArgumentException("device family '" + NAME + "' has no file parameter '" + name + "'");
            }
        }
        Path table = files.get(TABLE);
        if (table == null) {
            return create(values);
        }
        ParameterValues p = new ParameterValues(NAME, PARAMETERS, values);
        MeasuredPulseCurves curves = MeasuredPulseCurves.read(table);
        double g0 = p.get("g0") == 0 ? curves.potentiation()[0] : p.get("g0");
        return new PulseTableModel(curves, p.get("v_threshold"), p.get("pulse_width"), g0);
    }
}
