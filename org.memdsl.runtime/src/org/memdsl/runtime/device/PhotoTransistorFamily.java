package org.memdsl.runtime.device;

import java.util.List;

/**
 * Family entry for {@link PhotoTransistorModel}; the defaults are the paper-D (defect/trap
 * phototransistor) preset. The relative spectral response is the preset's table (365–700 nm),
 * calibrated to the colour-recognition currents of SEEDS.md D (405 / 532 / 635 nm).
 */
public final class PhotoTransistorFamily extends ParameterizedFamily {

    public static final String NAME = "photo_transistor";

    /** Relative response at 365, 405, 450, 532, 635, 700 nm (1 at 532 nm). */
    static final PhotoTransistorModel.Spectrum SPECTRUM = new PhotoTransistorModel.Spectrum(
            new double[] { 365e-9, 405e-9, 450e-9, 532e-9, 635e-9, 700e-9 },
            new double[] { 3.4, 2.91, 2.2, 1.0, 0.485, 0.2 });

    private static final List<ParameterSpec> PARAMETERS = List.of(
            new ParameterSpec("i_dark", Dimension.CURRENT, 1e-12, 0, 1, "drain current in the dark at the read bias"),
            new ParameterSpec("i_sat", Dimension.CURRENT, 1e-7, 0, 1, "drain current with all traps filled"),
            new ParameterSpec("generation", Dimension.DIMENSIONLESS, 1.778e-3, 0, 1e9,
                    "trap filling rate per second per W/m² at 532 nm"),
            new ParameterSpec("tau_shallow", Dimension.TIME, 1.0, 1e-12, 1e9, "release time of shallow traps"),
            new ParameterSpec("tau_deep", Dimension.TIME, 100.0, 1e-12, 1e12, "release time of deep traps"),
            new ParameterSpec("transfer", Dimension.FREQUENCY, 0.0292, 0, 1e9, "shallow-to-deep transfer rate"),
            new ParameterSpec("adapt_max", Dimension.DIMENSIONLESS, 0.8, 0, 1, "largest relative gain loss"),
            new ParameterSpec("adapt_irradiance", Dimension.IRRADIANCE, 2.0, 1e-12, 1e9,
                    "irradiance of half the adaptation"),
            new ParameterSpec("adapt_time", Dimension.TIME, 20.0, 1e-12, 1e9, "adaptation time"),
            new ParameterSpec("v_erase", Dimension.VOLTAGE, 10.0, 1e-6, 1e4, "gate voltage beyond which traps empty"),
            new ParameterSpec("erase_rate", Dimension.FREQUENCY, 5.0, 0, 1e12, "erase rate scale"));

    public PhotoTransistorFamily() {
        super(NAME, "three-terminal photo-synaptic transistor, gate driven (paper D preset)", PARAMETERS);
    }

    @Override
    protected DeviceModel create(ParameterValues p) {
        return new PhotoTransistorModel(p.get("i_dark"), p.get("i_sat"),
                new PhotoTransistorModel.Traps(p.get("generation"), p.get("tau_shallow"), p.get("tau_deep"),
                        p.get("transfer")),
                new PhotoTransistorModel.Adaptation(p.get("adapt_max"), p.get("adapt_irradiance"),
                        p.get("adapt_time")),
                SPECTRUM, p.get("v_erase"), p.get("erase_rate"));
    }
}
