package org.memdsl.runtime.device;

import java.util.List;

/**
 * Family entry for {@link OptoMemristorModel}; the defaults are the paper-A (CsPbBr3 lateral
 * opto-memristor) preset, calibrated against SEEDS.md section A by the tests that cite it, with
 * 30 mW/cm² as the reference irradiance of the light gains.
 */
public final class OptoMemristorFamily extends ParameterizedFamily {

    public static final String NAME = "opto_memristor";

    private static final List<ParameterSpec> PARAMETERS = List.of(
            new ParameterSpec("g_dark", Dimension.CONDUCTANCE, 1e-9, 1e-18, 1e3, "contact conductance without ions"),
            new ParameterSpec("beta", Dimension.DIMENSIONLESS, 4.8, 0, 50,
                    "barrier lowering at full ion accumulation, in kT"),
            new ParameterSpec("v_act", Dimension.VOLTAGE, 1.5, 0, 100, "voltage of half ion accumulation"),
            new ParameterSpec("v_width", Dimension.VOLTAGE, 0.2, 1e-6, 100, "width of the accumulation onset"),
            new ParameterSpec("tau_on", Dimension.TIME, 0.021746, 1e-12, 1e6, "accumulation time at zero field"),
            new ParameterSpec("v_drift", Dimension.VOLTAGE, 3.0, 1e-6, 1e3,
                    "voltage that makes accumulation e times faster"),
            new ParameterSpec("tau_off", Dimension.TIME, 0.012, 1e-12, 1e6, "ion back-diffusion time"),
            new ParameterSpec("r_c", Dimension.RESISTANCE, 5e7, 1e-6, 1e18, "series resistance of the capacitance"),
            new ParameterSpec("c", Dimension.CAPACITANCE, 6e-12, 1e-21, 1, "contact capacitance in the dark"),
            new ParameterSpec("g_s", Dimension.CONDUCTANCE, 3.9e-14, 0, 1e3, "ionic conductance of the screening"),
            new ParameterSpec("v_s", Dimension.VOLTAGE, 0.3, 1e-6, 100, "field scale of the screening ions"),
            new ParameterSpec("c_s", Dimension.CAPACITANCE, 1e-11, 1e-21, 1, "screening capacitance"),
            new ParameterSpec("kappa", Dimension.DIMENSIONLESS, 0.7, 0, 1, "share of the screening voltage"),
            new ParameterSpec("tau_s", Dimension.TIME, 5.0, 1e-12, 1e9, "screening relaxation time"),
            new ParameterSpec("p_ref", Dimension.IRRADIANCE, 300, 1e-12, 1e9,
                    "reference irradiance of the light parameters"),
            new ParameterSpec("g_photo", Dimension.CONDUCTANCE, 3.6e-8, 0, 1e3, "photoconductance at p_ref"),
            new ParameterSpec("light_slowing", Dimension.DIMENSIONLESS, 1.2, 0, 1e6,
                    "relative slowing of ion accumulation at p_ref"),
            new ParameterSpec("light_capacitance", Dimension.DIMENSIONLESS, 66, 0, 1e9,
                    "relative capacitance increase at p_ref"),
            new ParameterSpec("light_screening", Dimension.DIMENSIONLESS, 1.0, 0, 1e9,
                    "relative speed-up of the screening ions at p_ref"));

    public OptoMemristorFamily() {
        super(NAME, "capacitive/inductive opto-memristor (paper A preset)", PARAMETERS);
    }

    @Override
    protected DeviceModel create(ParameterValues p) {
        return new OptoMemristorModel(
                new OptoMemristorModel.Contact(p.get("g_dark"), p.get("beta"), p.get("v_act"), p.get("v_width"),
                        p.get("tau_on"), p.get("v_drift"), p.get("tau_off")),
                new OptoMemristorModel.Capacitor(p.get("r_c"), p.get("c")),
                new OptoMemristorModel.Screening(p.get("g_s"), p.get("v_s"), p.get("c_s"), p.get("kappa"),
                        p.get("tau_s")),
                new OptoMemristorModel.Light(p.get("p_ref"), p.get("g_photo"), p.get("light_slowing"),
                        p.get("light_capacitance"), p.get("light_screening")));
    }
}
