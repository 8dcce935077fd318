package org.memdsl.runtime.device;

import java.util.List;

/** Family entry for {@link BipolarFilamentModel}; the defaults are the paper-C (flexible dot cell) preset. */
public final class BipolarFilamentFamily extends ParameterizedFamily {

    public static final String NAME = "bipolar_filament";

    private static final List<ParameterSpec> PARAMETERS = List.of(
            new ParameterSpec("g_hrs", Dimension.CONDUCTANCE, 2.87e-8, 1e-18, 1e3, "ohmic HRS conductance"),
            new ParameterSpec("g_lrs", Dimension.CONDUCTANCE, 3.7e-3, 1e-18, 1e3, "LRS conductance"),
            new ParameterSpec("v_tr", Dimension.VOLTAGE, 0.15, 1e-6, 100, "ohmic-to-Child's-law transition"),
            new ParameterSpec("k_set", Dimension.FREQUENCY, 1.7, 0, 1e15, "nucleation rate at v_set"),
            new ParameterSpec("v_set", Dimension.VOLTAGE, 0.96, 0, 100, "nucleation voltage scale"),
            new ParameterSpec("v_set_width", Dimension.VOLTAGE, 0.02, 1e-6, 100, "nucleation voltage e-fold"),
            new ParameterSpec("k_grow", Dimension.FREQUENCY, 1e3, 0, 1e15, "growth rate of a formed filament"),
            new ParameterSpec("v_grow", Dimension.VOLTAGE, 0.25, 0, 100, "growth voltage scale"),
            new ParameterSpec("v_grow_width", Dimension.VOLTAGE, 0.01, 1e-6, 100, "growth voltage e-fold"),
            new ParameterSpec("k_reset", Dimension.FREQUENCY, 15.5, 0, 1e15, "reset rate at v_reset"),
            new ParameterSpec("v_reset", Dimension.VOLTAGE, 1.21, 0, 100, "reset voltage scale (magnitude)"),
            new ParameterSpec("v_reset_width", Dimension.VOLTAGE, 0.05, 1e-6, 100, "reset voltage e-fold"),
            new ParameterSpec("tau_nucleus", Dimension.TIME, 100e-6, 1e-12, 1e6,
                    "lifetime of a sub-critical nucleus without field"),
            new ParameterSpec("v_hold", Dimension.VOLTAGE, 0.05, 1e-6, 100,
                    "field that holds a sub-critical nucleus (its lifetime grows e-fold per v_hold)"),
            new ParameterSpec("rho_hrs", Dimension.DIMENSIONLESS, 20, 1, 1e6,
                    "HRS conductance gain of a full interfacial accumulation (analog potentiation range)"),
            new ParameterSpec("rho_lrs", Dimension.DIMENSIONLESS, 10, 1, 1e6,
                    "LRS conductance loss of a depleted interface (analog depression range)"),
            new ParameterSpec("k_analog_up", Dimension.FREQUENCY, 3000, 0, 1e15,
                    "interfacial accumulation rate at v_analog_up"),
            new ParameterSpec("v_analog_up", Dimension.VOLTAGE, 1.0, 0, 100, "interfacial accumulation voltage scale"),
            new ParameterSpec("v_analog_up_width", Dimension.VOLTAGE, 0.015, 1e-6, 100,
                    "interfacial accumulation voltage e-fold"),
            new ParameterSpec("k_analog_down", Dimension.FREQUENCY, 3000, 0, 1e15,
                    "interfacial depletion rate at v_analog_down"),
            new ParameterSpec("v_analog_down", Dimension.VOLTAGE, 0.4, 0, 100,
                    "interfacial depletion voltage scale (magnitude)"),
            new ParameterSpec("v_analog_down_width", Dimension.VOLTAGE, 0.04, 1e-6, 100,
                    "interfacial depletion voltage e-fold"),
            new ParameterSpec("u_wear", Dimension.DIMENSIONLESS, 4e4, 1e-9, 1e15,
                    "switched amount (≈ 2 per cycle) over which the window closes by e"),
            new ParameterSpec("nu0", Dimension.FREQUENCY, 8.13e9, 0, 1e20, "attempt rate of filament dissolution"),
            new ParameterSpec("e_a", Dimension.DIMENSIONLESS, 1.013, 0, 10, "activation energy of dissolution in eV"),
            new ParameterSpec("w0", Dimension.DIMENSIONLESS, 0, 0, 1, "initial filament state"),
            new ParameterSpec("a0", Dimension.DIMENSIONLESS, 0, 0, 1, "initial interfacial state"));

    public BipolarFilamentFamily() {
        super(NAME, "bipolar vacancy-filament cell with SCLC HRS (paper C preset)", PARAMETERS);
    }

    @Override
    protected DeviceModel create(ParameterValues p) {
        return new BipolarFilamentModel(p);
    }
}
