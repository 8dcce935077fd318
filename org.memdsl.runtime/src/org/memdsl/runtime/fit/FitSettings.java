package org.memdsl.runtime.fit;

import java.util.List;

import org.memdsl.runtime.catalog.AbstractKind;
import org.memdsl.runtime.catalog.Parameter;

/** The settings a {@code fit} block accepts besides its experiment, data, model and free parameters. */
public final class FitSettings extends AbstractKind {

    public static final String MAX_RUNS = "max_runs";
    public static final String METHOD = "method";

    public static final FitSettings INSTANCE = new FitSettings();

    private FitSettings() {
        super("fit", "settings of a fit block", List.of(
                Parameter.count(MAX_RUNS, 400, 10, 1_000_000,
                        "most runs of the experiment the fit may make (each iteration takes one per free parameter "
                                + "and one more)"),
                Parameter.choice(METHOD, ModelFit.Method.LEAST_SQUARES.keyword(),
                        java.util.Arrays.stream(ModelFit.Method.values()).map(ModelFit.Method::keyword).toList(),
                        "least_squares (Levenberg-Marquardt: few runs, for smooth models) or simplex (Nelder-Mead: "
                                + "no derivatives, for models whose output jumps, e.g. at switching thresholds)")));
    }
}
