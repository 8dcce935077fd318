package org.memdsl.runtime.network;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.memdsl.runtime.array.AbstractArrayKind;
import org.memdsl.runtime.array.ArrayOperation;
import org.memdsl.runtime.array.ArrayPlan;
import org.memdsl.runtime.array.Pattern;
import org.memdsl.runtime.catalog.Catalogue;
import org.memdsl.runtime.catalog.Dimension;
import org.memdsl.runtime.catalog.Parameter;
import org.memdsl.runtime.catalog.ParameterValues;
import org.memdsl.runtime.catalog.Values;
import org.memdsl.runtime.result.Column;
import org.memdsl.runtime.result.Figure;
import org.memdsl.runtime.result.FigureSeries;
import org.memdsl.runtime.result.OutputKind;
import org.memdsl.runtime.result.Raster;
import org.memdsl.runtime.result.ResultCollector;
import org.memdsl.runtime.result.ResultTable;
import org.memdsl.runtime.result.RunResult;
import org.memdsl.runtime.simulation.ProgressListener;
import org.memdsl.runtime.stimulus.PulseTrain;

/**
 * {@code array NAME : photo_array}: {@code rows × columns} photo-synapses of the declared photo
 * device ({@link PixelArray}); each exposure lights every pixel at its pattern level of the
 * irradiance, at one wavelength, with a train of light pulses (one long pulse: continuous light),
 * and reads every pixel's current at chosen times: contrast enhancement, visual adaptation, colour
 * separation in the sensor.
 */
public final class PhotoArrayKind extends AbstractArrayKind<PhotoArrayKind.Exposures> {

    public static final String NAME = "photo_array";

    /** What the exposures produced: per exposure, the pattern, its wavelength, read times and currents. */
    record Exposures(int rows, int columns, List<Exposure> all) {
    }

    record Exposure(Pattern pattern, double wavelength, double intensity, double[] times, double[][] currents) {
    }

    private static final Catalogue<ArrayOperation> OPERATIONS = new Catalogue<>("photo array operation", "step",
            List.of(new ArrayOperation("expose", "light the pattern (level × intensity per pixel) with light pulses "
                    + "and read every pixel at the given times", true, List.of(
                            Parameter.required("intensity", Dimension.IRRADIANCE, 0, Double.MAX_VALUE,
                                    "irradiance of a pixel of level 1"),
                            Parameter.required("wavelength", Dimension.LENGTH, 10e-9, 100e-6,
                                    "wavelength of the light"),
                            Parameter.requiredPositive("width", Dimension.TIME, "duration of a light pulse"),
                            new Parameter("frequency", Dimension.FREQUENCY, 1, Double.MIN_NORMAL, 1e9,
                                    "pulse repetition frequency"),
                            Parameter.count("count", 1, 1, 1_000_000, "light pulses (1: one continuous exposure)"),
                            Parameter.list("read_at", Dimension.TIME, 0, Double.MAX_VALUE, "when to read the pixels")),
                    Values.builder().set("intensity", 0.1).set("wavelength", 532e-9).set("width", 0.5)
                            .list("read_at", 0.5).build())));

    private static final List<OutputKind<Exposures, ResultCollector>> OUTPUTS = List.of(
            new OutputKind<>("current_map", "every pixel's current at each read time (CSV, images)",
                    PhotoArrayKind::currentMaps),
                    new OutputKind<>("contrast", "Michelson contrast, mean currents of lit and background pixels and "
                            + "their ratio at each read time", PhotoArrayKind::contrast),
                    new OutputKind<>("mean_current", "mean current of the lit pixels (level ≥ ½) at each read time",
                            PhotoArrayKind::meanCurrent),
                    new OutputKind<>("ccr", "current change ratio I(last read)/I(first read) of lit and background "
                            + "pixels per exposure (adaptation)", PhotoArrayKind::ccr));

    public PhotoArrayKind() {
        super(NAME, "array of photo-synapses of the cell under a light pattern: in-sensor contrast, adaptation, colour",
                List.of(Parameter.requiredCount("rows", 1, 1024, "pixel rows"),
                        Parameter.requiredCount("columns", 1, 1024, "pixel columns"),
                        Parameter.optional("bias", Dimension.VOLTAGE, 0, "electrical bias of every pixel (gate)"),
                        new Parameter("sample", Dimension.TIME, 0.01, 1e-9, 1e3, "output sampling of a pixel's run")),
                OPERATIONS, OUTPUTS);
        example(Values.builder().set("rows", 5).set("columns", 5).build());
    }

    @Override
    public boolean needsPhotoCell() {
        return true;
    }

    @Override
    public RunResult run(ArrayPlan plan, ProgressListener progress) {
        ParameterValues s = plan.settingsValues();
        PixelArray array = new PixelArray(plan.cell().nominal(), s.get("sample"));
        List<Exposure> exposures = new ArrayList<>();
        for (int k = 0; k < plan.steps().size(); k++) {
            ArrayPlan.Step step = plan.steps().get(k);
            ParameterValues a = step.values();
            double period = 1 / a.get("frequency");
            int count = a.count("count");
            if (count > 1 && a.get("width") >= period) {
                throw new IllegalArgumentException("step " + (k + 1) + ": light pulses of " + a.get("width")
                        + " s do not fit a period of " + period + " s");
            }
            double[] times = a.list("read_at");
            PulseTrain light = new PulseTrain(a.get("intensity"), a.get("width"), 0, 0, period, count, 0,
                    Math.max(0, Arrays.stream(times).max().orElse(0) - ((count - 1) * period + a.get("width"))));
            double[] levels = step.pattern().levels();
            double[] wavelengths = new double[levels.length];
            Arrays.fill(wavelengths, a.get("wavelength"));
            double[][] currents = array.expose(levels, wavelengths, light, s.get("bias"), times);
            exposures.add(new Exposure(step.pattern(), a.get("wavelength"), a.get("intensity"), times, currents));
            progress.progress((k + 1.0) / plan.steps().size());
        }
        Exposures run = new Exposures(s.count("rows"), s.count("columns"), exposures);
        return write(plan, run);
    }

    private static void currentMaps(Exposures run, String name, ResultCollector out) {
        List<double[]> rows = new ArrayList<>();
        for (int e = 0; e < run.all().size(); e++) {
            Exposure x = run.all().get(e);
            for (int t = 0; t < x.times().length; t++) {
                double[] c = x.currents()[t];
                for (int k = 0; k < c.length; k++) {
                    rows.add(new double[] { e + 1, x.times()[t], k / run.columns(), k % run.columns(), c[k] });
                }
                double low = Arrays.stream(c).min().orElse(0);
                double high = Arrays.stream(c).max().orElse(1);
                out.add(new Raster(name + "_exposure" + (e + 1) + "_t" + (t + 1), String.format(
                        "Exposure %d (%.0f nm) at %.3g s: %.3g … %.3g A", e + 1, x.wavelength() * 1e9, x.times()[t],
                        low, high), run.columns(), run.rows(), c, low, high > low ? high : low + 1e-30, true)
                        .labelled("column", "row", "pixel current [A]", c));
            }
        }
        out.add(ResultTable.ofRows(name, List.of(Column.of("exposure", Column.ONE), Column.stated("time", "s"),
                Column.of("row", Column.ONE), Column.of("column", Column.ONE), Column.of("current", "A")), rows));
    }

    private static void requireBackground(Exposures run, String output) {
        for (Exposure x : run.all()) {
            if (x.pattern().count() == x.pattern().levels().length) {
                throw new IllegalArgumentException("measure " + output + " compares lit and background pixels; pattern "
                        + x.pattern().name() + " lights them all (use mean_current)");
            }
        }
    }

    private static void contrast(Exposures run, String name, ResultCollector out) {
        requireBackground(run, "contrast");
        List<double[]> rows = new ArrayList<>();
        List<FigureSeries> series = new ArrayList<>();
        for (int e = 0; e < run.all().size(); e++) {
            Exposure x = run.all().get(e);
            double[] contrast = new double[x.times().length];
            for (int t = 0; t < x.times().length; t++) {
                double[] c = x.currents()[t];
                double[] means = means(x.pattern(), c);
                contrast[t] = PixelArray.contrast(c);
                rows.add(new double[] { e + 1, x.times()[t], contrast[t], means[0], means[1], means[0] / means[1] });
            }
            series.add(new FigureSeries("exposure " + (e + 1), x.times(), contrast));
        }
        ResultTable t = ResultTable.ofRows(name, List.of(Column.of("exposure", Column.ONE), Column.stated("time", "s"),
                Column.of("contrast", Column.ONE), Column.of("mean_lit", "A"), Column.of("mean_background", "A"),
                Column.of("lit_to_background", Column.ONE)), rows);
        out.add(t, new Figure(name, "Michelson contrast of the pixel currents", "time [s]", "contrast", false,
                series));
    }

    private static void meanCurrent(Exposures run, String name, ResultCollector out) {
        List<double[]> rows = new ArrayList<>();
        for (int e = 0; e < run.all().size(); e++) {
            Exposure x = run.all().get(e);
            for (int t = 0; t < x.times().length; t++) {
                rows.add(new double[] { e + 1, x.wavelength(), x.times()[t], means(x.pattern(), x.currents()[t])[0] });
            }
        }
        out.add(ResultTable.ofRows(name, List.of(Column.of("exposure", Column.ONE), Column.stated("wavelength", "m"),
                Column.stated("time", "s"), Column.of("mean_lit", "A")), rows));
    }

    private static void ccr(Exposures run, String name, ResultCollector out) {
        requireBackground(run, "ccr");
        List<double[]> rows = new ArrayList<>();
        for (int e = 0; e < run.all().size(); e++) {
            Exposure x = run.all().get(e);
            double[] first = means(x.pattern(), x.currents()[0]);
            double[] last = means(x.pattern(), x.currents()[x.times().length - 1]);
            rows.add(new double[] { e + 1, x.intensity(), x.wavelength(), last[0] / first[0], last[1] / first[1] });
        }
        out.add(ResultTable.ofRows(name, List.of(Column.of("exposure", Column.ONE), Column.stated("intensity", "W/m^2"),
                Column.stated("wavelength", "m"), Column.of("ccr_lit", Column.ONE), Column.of("ccr_background",
                Column.ONE)), rows));
    }

    /** Mean current of the lit pixels (level ≥ ½) and of the others; a pattern without both is refused. */
    private static double[] means(Pattern pattern, double[] currents) {
        double[] sum = new double[2];
        int[] n = new int[2];
        for (int k = 0; k < currents.length; k++) {
            int group = pattern.levels()[k] >= 0.5 ? 0 : 1;
            sum[group] += currents[k];
            n[group]++;
        }
        if (n[0] == 0) {
            throw new IllegalArgumentException("pattern " + pattern.name() + " has no lit pixel (level ≥ ½)");
        }
        return new double[] { sum[0] / n[0], n[1] == 0 ? 0 : sum[1] / n[1] };
    }

}
