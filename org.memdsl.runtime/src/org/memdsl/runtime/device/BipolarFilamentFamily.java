package org.memdsl.runtime.device;

import java.util.List;
import java.util.Map;

import org.memdsl.runtime.catalog.Dimension;
import org.memdsl.runtime.catalog.Parameter;
import org.memdsl.runtime.catalog.ParameterValues;

/**
 * Family entry for {@link BipolarFilamentModel}; the defaults are the paper-C (flexible dot cell)
 * preset, and {@link #rigid()} the same cell on a rigid substrate.
 */
public final class BipolarFilamentFamily extends ParameterizedFamily {

    public static final String NAME = "bipolar_filament";
    public static final String RIGID = "bipolar_filament_rigid";

    private static final List<Parameter> PARAMETERS = List.of(
            new Parameter("g_hrs", Dimension.CONDUCTANCE, 2.87e-8, 1e-18, 1e3, "ohmic HRS conductance"),
            new Parameter("g_lrs", Dimension.CONDUCTANCE, 3.7e-3, 1e-18, 1e3, "LRS conductance"),
            new Parameter("v_tr", Dimension.VOLTAGE, 0.15, 1e-6, 100, "ohmic-to-Child's-law transition"),
            new Parameter("k_set", Dimension.FREQUENCY, 1.7, 0, 1e15, "nucleation rate at v_set"),
            new Parameter("v_set", Dimension.VOLTAGE, 0.96, 0, 100, "nucleation voltage scale"),
            new Parameter("v_set_width", Dimension.VOLTAGE, 0.02, 1e-6, 100, "nucleation voltage e-fold"),
            new Parameter("k_grow", Dimension.FREQUENCY, 1e3, 0, 1e15, "growth rate of a formed filament"),
            new Parameter("v_grow", Dimension.VOLTAGE, 0.25, 0, 100, "growth voltage scale"),
            new Parameter("v_grow_width", Dimension.VOLTAGE, 0.01, 1e-6, 100, "growth voltage e-fold"),
            new Parameter("k_reset", Dimension.FREQUENCY, 15.5, 0, 1e15, "reset rate at v_reset"),
            new Parameter("v_reset", Dimension.VOLTAGE, 1.21, 0, 100, "reset voltage scale (magnitude)"),
            new Parameter("v_reset_width", Dimension.VOLTAGE, 0.05, 1e-6, 100, "reset voltage e-fold"),
            new Parameter("tau_nucleus", Dimension.TIME, 100e-6, 1e-12, 1e6,
                    "lifetime of a sub-critical nucleus without field"),
            new Parameter("v_hold", Dimension.VOLTAGE, 0.05, 1e-6, 100,
                    "field that holds a sub-critical nucleus (its lifetime grows e-fold per v_hold)"),
            new Parameter("rho_hrs", Dimension.DIMENSIONLESS, 20, 1, 1e6,
                    "HRS conductance gain of a full interfacial accumulation (analog potentiation range)"),
            new Parameter("rho_lrs", Dimension.DIMENSIONLESS, 10, 1, 1e6,
                    "LRS conductance loss of a depleted interface (analog depression range)"),
            new Parameter("k_analog_up", Dimension.FREQUENCY, 3000, 0, 1e15,
                    "interfacial accumulation rate at v_analog_up"),
            new Parameter("v_analog_up", Dimension.VOLTAGE, 1.0, 0, 100, "interfacial accumulation voltage scale"),
            new Parameter("v_analog_up_width", Dimension.VOLTAGE, 0.015, 1e-6, 100,
                    "interfacial accumulation voltage e-fold"),
            new Parameter("k_analog_down", Dimension.FREQUENCY, 3000, 0, 1e15,
                    "interfacial depletion rate at v_analog_down"),
            new Parameter("v_analog_down", Dimension.VOLTAGE, 0.4, 0, 100,
                    "interfacial depletion voltage scale (magnitude)"),
            new Parameter("v_analog_down_width", Dimension.VOLTAGE, 0.04, 1e-6, 100,
                    "interfacial depletion voltage e-fold"),
            new Parameter("u_wear", Dimension.DIMENSIONLESS, 3e6, 1e-9, 1e15,
                    "switched amount (≈ 2 per cycle) over which the window closes by e"),
            new Parameter("nu0", Dimension.FREQUENCY, 4.33e11, 0, 1e20, "attempt rate of filament rupture"),
            new Parameter("e_a", Dimension.ENERGY, 1.013 * BipolarFilamentModel.ELECTRONVOLT, 0,
                    10 * BipolarFilamentModel.ELECTRONVOLT, "activation energy of dissolution (write it in eV)"),
            new Parameter("w0", Dimension.DIMENSIONLESS, 0, 0, 1, "initial filament state"),
            new Parameter("a0", Dimension.DIMENSIONLESS, 0, 0, 1, "initial interfacial state"),
            new Parameter("c_geo", Dimension.CAPACITANCE, 0.5e-9, 0, 1, "geometric capacitance of the cell"),
            new Parameter("r_ion", Dimension.RESISTANCE, 3e7, 1e-3, 1e18, "resistance of the ionic branch"),
            new Parameter("c_ion", Dimension.CAPACITANCE, 1e-12, 1e-21, 1,
                    "interfacial capacitance blocking the ionic branch"));

    public BipolarFilamentFamily() {
        super(NAME, "bipolar vacancy-filament cell with SCLC HRS (paper C preset)", PARAMETERS,
                "docs/calibration.md#bipolar_filament");
    }

    private BipolarFilamentFamily(String name, String description, Map<String, Double> defaults) {
        super(name, description, withDefaults(PARAMETERS, defaults), "docs/calibration.md#" + name);
    }

    /**
     * Paper C's cell on a rigid substrate (docs/papers.md#paper-c: "Rigid: HRS 2.83 nA, LRS 0.8 mA;
     * set +0.9 V, reset −1.0 V"): the flexible preset with the rigid device's read currents and
     * switching voltages. The interfacial accumulation that completes the LRS during the set is moved
     * with the set (−60 mV: {@code v_analog_up} 0.94 V), else the sweep would read a third of the LRS;
     * the rest (wear, retention, depression) is the flexible cell's, the paper giving no rigid values.
     */
    public static BipolarFilamentFamily rigid() {
        return new BipolarFilamentFamily(RIGID,
                "bipolar vacancy-filament cell with SCLC HRS (paper C, rigid substrate)",
                Map.of("g_hrs", G_HRS_RIGID, "g_lrs", 8e-3, "v_set", 0.9, "v_analog_up", 0.94, "v_reset", 1.0));
    }

    /** The rigid HRS: 2.83 nA read at 0.1 V through {@code I = G·V·√(1 + (V/V_tr)²)} with V_tr = 0.15 V. */
    static final double G_HRS_RIGID = 2.83e-9 / (0.1 * Math.sqrt(1 + (0.1 / 0.15) * (0.1 / 0.15)));

    @Override
    protected DeviceModel create(ParameterValues p) {
        return new BipolarFilamentModel(p);
    }
}
