package org.memdsl.runtime.device;

import java.util.List;

import org.memdsl.runtime.catalog.Dimension;
import org.memdsl.runtime.catalog.Parameter;
import org.memdsl.runtime.catalog.ParameterValues;

/**
 * Family entry for {@link OptoMemristorModel}; the defaults are the paper-A (CsPbBr3 lateral
 * opto-memristor) preset, calibrated against docs/papers.md#paper-a by the tests that cite it, with
 * 30 mW/cm² as the reference irradiance of the light gains. Which number each default reproduces
 * (e.g. {@code tau_on}, tuned jointly with the other contact parameters to the PPF decay with the
 * interval, the settling of the 2 V step and the BCM trains) is tabled in
 * docs/calibration.md#opto_memristor-defaults.
 */
public final class OptoMemristorFamily extends ParameterizedFamily {

    public static final String NAME = "opto_memristor";

    private static final List<Parameter> PARAMETERS = List.of(
            new Parameter("g_dark", Dimension.CONDUCTANCE, 7.08e-10, 1e-18, 1e3, "contact conductance without ions"),
            new Parameter("beta", Dimension.DIMENSIONLESS, 5.23, 0, 50,
                    "barrier lowering at full ion accumulation, in kT"),
            new Parameter("v_act", Dimension.VOLTAGE, 1.79, 0, 100, "voltage of half ion accumulation"),
            new Parameter("v_width", Dimension.VOLTAGE, 0.35, 1e-6, 100, "width of the accumulation onset"),
            new Parameter("tau_on", Dimension.TIME, 0.0575, 1e-12, 1e6, "accumulation time at zero field"),
            new Parameter("v_drift", Dimension.VOLTAGE, 1.51, 1e-6, 1e3,
                    "voltage that makes accumulation e times faster"),
            new Parameter("tau_off", Dimension.TIME, 0.00266, 1e-12, 1e6, "ion back-diffusion time"),
            new Parameter("interface_share", Dimension.DIMENSIONLESS, 0.427, 0, 1,
                    "share of the contact capacitor voltage in the ion drive"),
            new Parameter("beta_y", Dimension.DIMENSIONLESS, 1.27, 0, 50,
                    "barrier lowering by the interfacial ions, in kT"),
            new Parameter("tau_y_on", Dimension.TIME, 0.0218, 1e-12, 1e6, "filling time of the interfacial sites"),
            new Parameter("tau_y_off", Dimension.TIME, 0.0824, 1e-12, 1e6, "emptying time of the interfacial sites"),
            new Parameter("r_c", Dimension.RESISTANCE, 4.91e7, 1e-6, 1e18, "series resistance of the capacitance"),
            new Parameter("c", Dimension.CAPACITANCE, 4.89e-12, 1e-21, 1, "contact capacitance in the dark"),
            new Parameter("r_pc", Dimension.RESISTANCE, 3.53e7, 1e-6, 1e18,
                    "series resistance of the photo-capacitance at p_ref"),
            new Parameter("g_s", Dimension.CONDUCTANCE, 1.05e-14, 0, 1e3, "ionic conductance of the screening"),
            new Parameter("v_s", Dimension.VOLTAGE, 0.25, 1e-6, 100, "field scale of the screening ions"),
            new Parameter("c_s", Dimension.CAPACITANCE, 2.53e-12, 1e-21, 1, "screening capacitance"),
            new Parameter("kappa", Dimension.DIMENSIONLESS, 0.262, 0, 1, "share of the screening voltage"),
            new Parameter("tau_s", Dimension.TIME, 34, 1e-12, 1e9, "screening relaxation time"),
            new Parameter("p_ref", Dimension.IRRADIANCE, 300, 1e-12, 1e9,
                    "reference irradiance of the light parameters"),
            new Parameter("g_photo", Dimension.CONDUCTANCE, 4.53e-8, 0, 1e3, "photoconductance at p_ref"),
            new Parameter("light_slowing", Dimension.DIMENSIONLESS, 0.486, 0, 1e6,
                    "relative slowing of ion accumulation at p_ref"),
            new Parameter("light_capacitance", Dimension.DIMENSIONLESS, 140, 1e-12, 1e9,
                    "photo-capacitance at p_ref relative to c"),
            new Parameter("light_screening", Dimension.DIMENSIONLESS, 1.16, 0, 1e9,
                    "relative speed-up of the screening ions at p_ref"));

    public OptoMemristorFamily() {
        super(NAME, "capacitive/inductive opto-memristor (paper A preset)", PARAMETERS,
                "docs/calibration.md#opto_memristor");
    }

    @Override
    public boolean respondsToLight() {
        return true;
    }

    @Override
    protected DeviceModel create(ParameterValues p) {
        return new OptoMemristorModel(
                new OptoMemristorModel.Contact(p.get("g_dark"), p.get("beta"), p.get("v_act"), p.get("v_width"),
                        p.get("tau_on"), p.get("v_drift"), p.get("tau_off"), p.get("interface_share")),
                new OptoMemristorModel.Interface(p.get("beta_y"), p.get("tau_y_on"), p.get("tau_y_off")),
                new OptoMemristorModel.Capacitor(p.get("r_c"), p.get("c"), p.get("r_pc")),
                new OptoMemristorModel.Screening(p.get("g_s"), p.get("v_s"), p.get("c_s"), p.get("kappa"),
                        p.get("tau_s")),
                new OptoMemristorModel.Light(p.get("p_ref"), p.get("g_photo"), p.get("light_slowing"),
                        p.get("light_capacitance"), p.get("light_screening")));
    }
}
