package org.memdsl.runtime.device;

import java.util.List;
import java.util.Map;

import org.memdsl.runtime.catalog.Dimension;
import org.memdsl.runtime.catalog.Parameter;
import org.memdsl.runtime.catalog.ParameterValues;

/**
 * Family entry for {@link PhotoTransistorModel}; the defaults are the paper-D (defect/trap
 * phototransistor) preset, and the floating-gate, heterojunction and ferroelectric-gate types of
 * the review are the same model with other defaults. The relative spectral response is the preset's table (365–700 nm),
 * calibrated to the colour-recognition currents of docs/papers.md#paper-d (405 / 532 / 635 nm).
 */
public final class PhotoTransistorFamily extends ParameterizedFamily {

    public static final String NAME = "photo_transistor";

    /** Relative response at 365, 405, 450, 532, 635, 700 nm (1 at 532 nm). */
    static final PhotoTransistorModel.Spectrum SPECTRUM = new PhotoTransistorModel.Spectrum(
            new double[] { 365e-9, 405e-9, 450e-9, 532e-9, 635e-9, 700e-9 },
            new double[] { 3.4, 2.91, 2.2, 1.0, 0.485, 0.2 });

    private static final List<Parameter> PARAMETERS = List.of(
            new Parameter("i_dark", Dimension.CURRENT, 1e-12, 0, 1, "drain current in the dark at the read bias"),
            new Parameter("i_sat", Dimension.CURRENT, 1e-7, 0, 1, "drain current with all traps filled"),
            new Parameter("generation", Dimension.AREA_PER_ENERGY, 1.0e-3, 0, 1e9,
                    "trap filling rate per second per W/m² at 532 nm (m²/J)"),
            new Parameter("tau_shallow", Dimension.TIME, 1.0, 1e-12, 1e9, "release time of shallow traps"),
            new Parameter("tau_deep", Dimension.TIME, 100.0, 1e-12, 1e12, "release time of deep traps"),
            new Parameter("transfer", Dimension.FREQUENCY, 0.025, 0, 1e9, "shallow-to-deep transfer rate"),
            new Parameter("adapt_max", Dimension.DIMENSIONLESS, 0.8, 0, 1, "largest relative gain loss"),
            new Parameter("adapt_irradiance", Dimension.IRRADIANCE, 2.0, 1e-12, 1e9,
                    "irradiance of half the adaptation"),
            new Parameter("adapt_time", Dimension.TIME, 20.0, 1e-12, 1e9, "adaptation time"),
            new Parameter("depth_shallow", Dimension.DIMENSIONLESS, 1.0, 0, 1e6,
                    "relative lengthening of the shallow release time once the traps settled deepest"),
            new Parameter("depth_deep", Dimension.DIMENSIONLESS, 0.4, 0, 1e6,
                    "relative lengthening of the deep release time once the traps settled deepest"),
            new Parameter("depth_time", Dimension.TIME, 3.0, 1e-12, 1e9,
                    "settling time into deeper traps under light"),
            new Parameter("v_erase", Dimension.VOLTAGE, 10.0, 1e-6, 1e4, "gate voltage beyond which traps empty"),
            new Parameter("erase_rate", Dimension.FREQUENCY, 5.0, 0, 1e12, "erase rate scale"),
            new Parameter("v_drain", Dimension.VOLTAGE, PhotoTransistorModel.REFERENCE_DRAIN, -100, 100,
                    "drain read voltage, source grounded (the currents above are at 1 V; the driven terminal is"
                    + " the gate)"));

    public PhotoTransistorFamily() {
        super(NAME, "three-terminal photo-synaptic transistor, defect/trap type, gate driven (paper D preset)",
                PARAMETERS, "docs/calibration.md#photo_transistor");
    }

    private PhotoTransistorFamily(String name, String description, Map<String, Double> defaults) {
        super(name, description, withDefaults(PARAMETERS, defaults), "docs/calibration.md#" + name);
    }

    /**
     * Floating-gate type (docs/papers.md#paper-d: "light programs, negative gate pulse erases; e.g. 365 nm,
     * 0.153 mW/cm², erase −50 V"): carriers pass quickly from the channel traps onto the isolated
     * gate, which holds them (deep release in 10⁶ s); only a gate beyond −30 V empties it.
     */
    public static PhotoTransistorFamily floatingGate() {
        return new PhotoTransistorFamily("floating_gate_transistor",
                "floating-gate photo-transistor: light programs a non-volatile gate charge, a negative gate erases",
                Map.of("tau_shallow", 0.5, "tau_deep", 1e6, "transfer", 2.0, "adapt_max", 0.0, "depth_shallow", 0.0,
                        "depth_deep", 0.0, "v_erase", 30.0, "generation", 2e-3));
    }

    /**
     * Heterojunction type (docs/papers.md#paper-d: "type-II separation, delayed recombination"): separated
     * carriers recombine slowly (shallow release 5 s, deep 500 s) at pA currents.
     */
    public static PhotoTransistorFamily heterojunction() {
        return new PhotoTransistorFamily("heterojunction_transistor",
                "heterojunction photo-transistor: type-II charge separation, delayed recombination",
                Map.of("i_dark", 1e-14, "i_sat", 1e-9, "tau_shallow", 5.0, "tau_deep", 500.0, "transfer", 0.02,
                        "adapt_max", 0.0, "depth_shallow", 0.0, "depth_deep", 0.0));
    }

    /**
     * Ferroelectric-gate type (docs/papers.md#paper-d: "polarisation holds the state; STP→LTP with long
     * trains"): the deep population is the gate polarisation, switched slowly (transfer 0.01/s) and
     * held (10⁵ s), so short trains leave a volatile response and long trains a lasting one.
     */
    public static PhotoTransistorFamily ferroelectric() {
        return new PhotoTransistorFamily("ferroelectric_transistor",
                "ferroelectric-gate photo-transistor: polarisation holds the state (STP → LTP with long trains)",
                Map.of("tau_shallow", 1.0, "tau_deep", 1e5, "transfer", 0.01, "adapt_max", 0.0, "depth_shallow",
                        0.0, "depth_deep", 0.0));
    }

    @Override
    public boolean respondsToLight() {
        return true;
    }

    @Override
    protected DeviceModel create(ParameterValues p) {
        return new PhotoTransistorModel(p.get("i_dark"), p.get("i_sat"),
                new PhotoTransistorModel.Traps(p.get("generation"), p.get("tau_shallow"), p.get("tau_deep"),
                        p.get("transfer")),
                new PhotoTransistorModel.Adaptation(p.get("adapt_max"), p.get("adapt_irradiance"),
                        p.get("adapt_time")),
                new PhotoTransistorModel.Depth(p.get("depth_shallow"), p.get("depth_deep"), p.get("depth_time")),
                SPECTRUM, p.get("v_erase"), p.get("erase_rate"), p.get("v_drain"));
    }
}
