package org.memdsl.runtime.device;

import java.util.List;

import org.memdsl.runtime.catalog.Dimension;
import org.memdsl.runtime.catalog.Parameter;
import org.memdsl.runtime.catalog.ParameterValues;

/**
 * Family entry for {@link FilamentaryModel}; the defaults are the paper-B (MAPbI3 crosspoint)
 * preset, calibrated against the numbers of docs/papers.md#paper-b by the tests that cite them.
 */
public final class FilamentaryFamily extends ParameterizedFamily {

    public static final String NAME = "filamentary";

    private static final List<Parameter> PARAMETERS = List.of(
            new Parameter("g_off", Dimension.CONDUCTANCE, 0.6e-9, 1e-18, 1e3, "conductance without filament"),
            new Parameter("g_on", Dimension.CONDUCTANCE, 1.62e-5, 1e-18, 1e3, "median conductance with filament"),
            new Parameter("a_set", Dimension.FREQUENCY, 2.2e-5, 0, 1e12, "set rate prefactor"),
            new Parameter("v_set", Dimension.VOLTAGE, 0.008, 1e-6, 10, "set voltage scale"),
            new Parameter("a_reset", Dimension.FREQUENCY, 2.3e-17, 0, 1e12, "reset rate prefactor"),
            new Parameter("v_reset", Dimension.VOLTAGE, 0.0027, 1e-6, 10, "reset voltage scale"),
            new Parameter("lambda", Dimension.FREQUENCY, 7, 0, 1e12, "dissolution rate scale"),
            new Parameter("epsilon", Dimension.DIMENSIONLESS, 0.005, 1e-9, 1, "dissolution onset"),
            new Parameter("max_decay", Dimension.FREQUENCY, 0.15, 0, 1e12, "fastest dissolution"),
            new Parameter("sigma_set", Dimension.VOLTAGE, 0.021, 0, 10, "cycle-to-cycle spread of the set"),
            new Parameter("sigma_reset", Dimension.VOLTAGE, 0.06, 0, 10,
                    "cycle-to-cycle spread of the reset"),
            new Parameter("sigma_ln_g_on", Dimension.DIMENSIONLESS, 0.6, 0, 10,
                    "cycle-to-cycle spread of ln g_on"),
            new Parameter("x0", Dimension.DIMENSIONLESS, 0, 0, 1, "initial filament state"),
            new Parameter("kappa_front", Dimension.DIMENSIONLESS, 0.3, 0, 0.99,
                    "share of the set drive the growth-front polarisation builds up to"),
            new Parameter("tau_front", Dimension.TIME, 0.03, 1e-9, 1e6, "build-up time of the front under a set drive"),
            new Parameter("tau_front_relax", Dimension.TIME, 0.01, 1e-9, 1e6, "relaxation time of the front"),
            new Parameter("sigma_pulse", Dimension.DIMENSIONLESS, 0.3, 0, 10,
                    "pulse-to-pulse spread of the log growth efficiency"));

    public FilamentaryFamily() {
        super(NAME, "stochastic threshold filamentary cell (paper B preset)", PARAMETERS,
                "docs/calibration.md#filamentary");
    }

    @Override
    protected DeviceModel create(ParameterValues p) {
        return new FilamentaryModel(p.get("g_off"), p.get("g_on"), p.get("a_set"), p.get("v_set"),
                p.get("a_reset"), p.get("v_reset"), p.get("lambda"), p.get("epsilon"), p.get("max_decay"),
                p.get("sigma_set"), p.get("sigma_reset"), p.get("sigma_ln_g_on"), p.get("x0"),
                new FilamentaryModel.Front(p.get("kappa_front"), p.get("tau_front"), p.get("tau_front_relax"),
                        p.get("sigma_pulse")));
    }
}
