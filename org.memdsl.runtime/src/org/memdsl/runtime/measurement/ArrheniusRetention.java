package org.memdsl.runtime.measurement;

import java.util.List;
import java.util.Locale;

import org.memdsl.runtime.catalog.Dimension;
import org.memdsl.runtime.catalog.Parameter;
import org.memdsl.runtime.result.Column;
import org.memdsl.runtime.result.Figure;
import org.memdsl.runtime.result.FigureSeries;
import org.memdsl.runtime.result.ResultTable;
import org.memdsl.runtime.result.ScalarResult;
import org.memdsl.runtime.result.TimeSeries;
import org.memdsl.runtime.stimulus.AppliedStimulus;

/**
 * Activation energy of retention loss: the retention time of the protocol's reads ({@link Retention})
 * at each temperature, fitted with {@code t = t0·exp(E_a/(k_B·T))} ({@link Arrhenius}). Paper C
 * reports 1200 s at 363 K and 60 s at 400 K (docs/papers.md#paper-c).
 */
public record ArrheniusRetention(String name, double level) implements AnalysisAcrossTemperatures {

    public static final MeasurementKind KIND = MeasurementKind.of("arrhenius",
            "activation energy from the retention times at each temperature (Arrhenius fit)",
            List.of(new Parameter("level", Dimension.DIMENSIONLESS, 0.5, 0.01, 0.99,
                    "fraction of the first read's conductance that ends retention")),
            (name, p) -> new ArrheniusRetention(name, p.get("level")));

    @Override
    public void check(AppliedStimulus stimulus) {
        new Retention(name).check(stimulus);
    }

    @Override
    public ResultTable analyse(double[] temperatures, List<TimeSeries> runs, AppliedStimulus stimulus) {
        if (temperatures.length < MIN_TEMPERATURES) {
            throw new IllegalArgumentException(needsTemperatures());
        }
        int n = temperatures.length;
        double[] times = new double[n];
        for (int k = 0; k < n; k++) {
            ResultTable reads = new Retention(name).analyse(runs.get(k), stimulus.withTemperature(temperatures[k]));
            times[k] = Retention.timeBelow(reads.column("time"), reads.column("normalised"), level);
            if (!(times[k] > 0)) {
                throw new IllegalArgumentException(String.format("measurement '%s': at %s the conductance never falls"
                        + " below %s of the first read; read for longer", name, Dimension.TEMPERATURE.format(
                        temperatures[k]), Dimension.DIMENSIONLESS.format(level)));
            }
        }
        Arrhenius fit = Arrhenius.fit(temperatures, times);
        double[] inverse = new double[n];
        double[] fitted = new double[n];
        for (int k = 0; k < n; k++) {
            inverse[k] = 1 / (Arrhenius.BOLTZMANN_EV * temperatures[k]);
            fitted[k] = fit.time(temperatures[k]);
        }
        return new ResultTable(name, List.of(Column.stated("temperature", "K"), Column.of("inverse_kt", "1/eV"),
                Column.of("retention_time", "s"), Column.of("fitted_time", "s")),
                new double[][] { temperatures.clone(), inverse, times, fitted }, List.of(
                        ScalarResult.number("activation_energy_ev", "eV", fit.activationEnergy(), "no fit"),
                        ScalarResult.number("prefactor", "s", fit.prefactor(), "no fit"),
                        ScalarResult.number("r_squared", Column.ONE, fit.rSquared(), "no fit")));
    }

    @Override
    public Figure figure(ResultTable table) {
        double energy = table.scalar("activation_energy_ev").map(ScalarResult::value).orElse(Double.NaN);
        double r2 = table.scalar("r_squared").map(ScalarResult::value).orElse(Double.NaN);
        return new Figure(name, String.format(Locale.ROOT, "Arrhenius: E_a = %.3g eV", energy), "1/(k_B·T) [1/eV]",
                "retention time [s]", true, List.of(
                        new FigureSeries("retention time", table.column("inverse_kt"), table.column("retention_time")),
                        new FigureSeries(String.format(Locale.ROOT, "Arrhenius fit (R² = %.4f)", r2),
                                table.column("inverse_kt"), table.column("fitted_time"))));
    }
}
