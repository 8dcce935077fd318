package org.memdsl.runtime.device;

import java.util.List;

import org.memdsl.runtime.catalog.Dimension;
import org.memdsl.runtime.catalog.Parameter;
import org.memdsl.runtime.catalog.ParameterValues;

/** Family entry for {@link YakopcicModel}; defaults are the paper's fit to the device of Oblea et al. */
public final class YakopcicFamily extends ParameterizedFamily {

    public static final String NAME = "yakopcic";

    private static final List<Parameter> PARAMETERS = List.of(
            new Parameter("a1", Dimension.CURRENT, 0.17, 0, 1e6, "current scale for V ≥ 0"),
            new Parameter("a2", Dimension.CURRENT, 0.17, 0, 1e6, "current scale for V < 0"),
            new Parameter("b", Dimension.DIMENSIONLESS, 0.05, 0, 1e3, "sinh slope per volt"),
            new Parameter("v_p", Dimension.VOLTAGE, 0.16, 0, 1e3, "positive threshold"),
            new Parameter("v_n", Dimension.VOLTAGE, 0.15, 0, 1e3, "negative threshold magnitude"),
            new Parameter("a_p", Dimension.FREQUENCY, 4000, 0, 1e15, "positive rate A_p"),
            new Parameter("a_n", Dimension.FREQUENCY, 4000, 0, 1e15, "negative rate A_n"),
            new Parameter("x_p", Dimension.DIMENSIONLESS, 0.3, 0, 0.999999, "onset of the positive window"),
            new Parameter("x_n", Dimension.DIMENSIONLESS, 0.5, 0, 0.999999, "onset of the negative window"),
            new Parameter("alpha_p", Dimension.DIMENSIONLESS, 1, 0, 1e3, "positive window decay"),
            new Parameter("alpha_n", Dimension.DIMENSIONLESS, 5, 0, 1e3, "negative window decay"),
            new Parameter("eta", Dimension.DIMENSIONLESS, 1, -1, 1, "direction of motion (±1)"),
            new Parameter("x0", Dimension.DIMENSIONLESS, 0.11, 0, 1, "initial state"));

    public YakopcicFamily() {
        super(NAME, "Yakopcic generalised memristor model (IEEE EDL 2011)", PARAMETERS,
                "docs/models.md#yakopcic-2011");
    }

    @Override
    protected DeviceModel create(ParameterValues p) {
        return new YakopcicModel(new YakopcicModel.Conduction(p.get("a1"), p.get("a2"), p.get("b")),
                new YakopcicModel.Kinetics(p.get("v_p"), p.get("v_n"), p.get("a_p"), p.get("a_n"), p.get("x_p"),
                        p.get("x_n"), p.get("alpha_p"), p.get("alpha_n"), p.get("eta")),
                p.get("x0"));
    }
}
