package org.memdsl.runtime.study;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.memdsl.runtime.result.Column;
import org.memdsl.runtime.result.Figure;
import org.memdsl.runtime.result.FigureSeries;
import org.memdsl.runtime.result.Raster;
import org.memdsl.runtime.result.ResultTable;
import org.memdsl.runtime.result.RunResult;
import org.memdsl.runtime.result.ScalarResult;

/**
 * The outputs of a study: {@code study.csv} (one row per point: index, sample, the parameters'
 * values, the reported results; a point that could not run has empty results, and the summary
 * counts them with the first reason), a figure of each result against a single swept parameter
 * (median and 5–95 % band when points are sampled), a heat map of each result over a two-axis grid,
 * and with samples the distribution of each result (histogram; mean, standard deviation and
 * quantiles in the summary).
 */
public final class StudyOutputs {

    /** Bins of a result's histogram. */
    static final int BINS = 20;

    private StudyOutputs() {
    }

    /** A reported result: its column name and unit. */
    public record Reported(String name, String unit) {
    }

    /**
     * @param names the reported results' column names; their units are those the points' runs gave
     *        ({@code 1} when no point ran)
     */
    public static RunResult of(String study, StudyDesign design, List<StudyPoint> points, List<PointResult> results,
            List<String> names) {
        String[] units = results.stream().map(PointResult::units).filter(java.util.Objects::nonNull).findFirst()
                .orElse(null);
        List<Reported> reported = new ArrayList<>();
        for (int k = 0; k < names.size(); k++) {
            reported.add(new Reported(names.get(k), units == null || units[k].isEmpty() ? Column.ONE : units[k]));
        }
        Map<String, String> parameters = design.parameterUnits();
        List<Column> header = new ArrayList<>();
        header.add(Column.of("point", Column.ONE));
        header.add(Column.of("sample", Column.ONE));
        java.util.Set<String> varied = new java.util.HashSet<>();
        design.variations().forEach(v -> varied.add(v.name()));
        // swept values are stated (written as the spec gives them), drawn ones are written in full
        parameters.forEach((name, unit) -> header.add(varied.contains(name) ? Column.of(name, unit)
                : Column.stated(name, unit)));
        for (Reported r : reported) {
            header.add(Column.of(r.name(), r.unit())
                    .missingWhen("the point's run gave no value (see 'failed_points')"));
        }
        int n = points.size();
        double[][] data = new double[header.size()][n];
        int failed = 0;
        String firstFailure = null;
        for (int i = 0; i < n; i++) {
            StudyPoint p = points.get(i);
            int c = 0;
            data[c++][i] = p.index();
            data[c++][i] = p.sample();
            for (String name : parameters.keySet()) {
                data[c++][i] = p.values().get(name);
            }
            PointResult r = results.get(i);
            for (double v : r.values()) {
                data[c++][i] = v;
            }
            if (r.failed()) {
                failed++;
                firstFailure = firstFailure == null ? "point " + p.index() + ": " + r.failure() : firstFailure;
            }
        }
        List<ScalarResult> scalars = new ArrayList<>();
        scalars.add(ScalarResult.number("points", Column.ONE, n, null));
        scalars.add(new ScalarResult("failed_points", Column.ONE, new double[] { failed }, null, firstFailure));
        List<Figure> figures = new ArrayList<>();
        List<Raster> rasters = new ArrayList<>();
        int first = 2 + parameters.size();
        for (int k = 0; k < reported.size(); k++) {
            Reported r = reported.get(k);
            double[] values = data[first + k];
            if (design.samples() > 1) {
                scalars.addAll(distribution(r, values));
                histogram(study, r, values).ifPresent(figures::add);
            }
            if (design.axes().size() == 1) {
                figures.add(againstParameter(study, design, r, data[2], values));
            } else if (design.axes().size() == 2) {
                heatMap(study, design, r, values).ifPresent(rasters::add);
            }
        }
        ResultTable table = new ResultTable("study", header, data, scalars);
        return new RunResult(study, List.of(table), figures, rasters);
    }

    private static List<ScalarResult> distribution(Reported r, double[] values) {
        double[] finite = Arrays.stream(values).filter(Double::isFinite).toArray();
        String none = "no point gave a value";
        if (finite.length == 0) {
            return List.of(ScalarResult.missing(r.name() + "_mean", r.unit(), none));
        }
        double mean = Arrays.stream(finite).average().orElse(Double.NaN);
        double var = Arrays.stream(finite).map(v -> (v - mean) * (v - mean)).sum() / Math.max(1, finite.length - 1);
        return List.of(ScalarResult.number(r.name() + "_mean", r.unit(), mean, none),
                ScalarResult.number(r.name() + "_std", r.unit(), Math.sqrt(var), none),
                ScalarResult.number(r.name() + "_p05", r.unit(), quantile(finite, 0.05), none),
                ScalarResult.number(r.name() + "_median", r.unit(), quantile(finite, 0.5), none),
                ScalarResult.number(r.name() + "_p95", r.unit(), quantile(finite, 0.95), none));
    }

    private static java.util.Optional<Figure> histogram(String study, Reported r, double[] values) {
        double[] finite = Arrays.stream(values).filter(Double::isFinite).toArray();
        if (finite.length < 2) {
            return java.util.Optional.empty();
        }
        double low = Arrays.stream(finite).min().getAsDouble();
        double high = Arrays.stream(finite).max().getAsDouble();
        double width = high > low ? (high - low) / BINS : Math.max(Math.abs(low), 1e-300) * 1e-3;
        double[] centres = new double[BINS];
        double[] counts = new double[BINS];
        for (int b = 0; b < BINS; b++) {
            centres[b] = low + (b + 0.5) * width;
        }
        for (double v : finite) {
            counts[(int) Math.min(BINS - 1, Math.floor((v - low) / width))]++;
        }
        // the bars' outline: up and down at every bin edge
        double[] x = new double[2 * BINS + 2];
        double[] y = new double[2 * BINS + 2];
        for (int b = 0; b < BINS; b++) {
            x[2 * b + 1] = centres[b] - width / 2;
            x[2 * b + 2] = centres[b] + width / 2;
            y[2 * b + 1] = counts[b];
            y[2 * b + 2] = counts[b];
        }
        x[0] = x[1];
        x[2 * BINS + 1] = x[2 * BINS];
        return java.util.Optional.of(new Figure("histogram_" + r.name(), study + ": distribution of " + r.name()
                + " over " + finite.length + " points", label(r.name(), r.unit()), "points [1]", false,
                List.of(new FigureSeries(r.name(), x, y, FigureSeries.Role.SUMMARY))));
    }

    private static Figure againstParameter(String study, StudyDesign design, Reported r, double[] x, double[] y) {
        StudyDesign.Swept swept = design.axes().get(0).swept().get(0);
        boolean logX = isLogarithmic(swept.values());
        List<FigureSeries> series = new ArrayList<>();
        if (design.samples() == 1) {
            series.add(new FigureSeries(r.name(), x, y));
        } else {
            double[] axis = swept.values();
            double[] median = new double[axis.length];
            double[] p05 = new double[axis.length];
            double[] p95 = new double[axis.length];
            for (int a = 0; a < axis.length; a++) {
                double[] at = Arrays.copyOfRange(y, a * design.samples(), (a + 1) * design.samples());
                double[] finite = Arrays.stream(at).filter(Double::isFinite).toArray();
                median[a] = quantile(finite, 0.5);
                p05[a] = quantile(finite, 0.05);
                p95[a] = quantile(finite, 0.95);
            }
            series.add(new FigureSeries("median", axis, median));
            series.add(new FigureSeries("5 %", axis, p05, FigureSeries.Role.REPEAT));
            series.add(new FigureSeries("95 %", axis, p95, FigureSeries.Role.REPEAT));
        }
        return new Figure(r.name() + "_vs_" + swept.name(), study + ": " + r.name() + " against " + swept.name(),
                label(swept.name(), swept.unit()), label(r.name(), r.unit()), logX, false, series);
    }

    private static java.util.Optional<Raster> heatMap(String study, StudyDesign design, Reported r, double[] values) {
        StudyDesign.Swept rows = design.axes().get(0).swept().get(0);
        StudyDesign.Swept columns = design.axes().get(1).swept().get(0);
        int height = rows.values().length;
        int width = columns.values().length;
        double[] cells = new double[width * height];
        int samples = design.samples();
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                int first = (y * width + x) * samples;
                double[] at = Arrays.stream(Arrays.copyOfRange(values, first, first + samples))
                        .filter(Double::isFinite).toArray();
                cells[y * width + x] = quantile(at, 0.5);
            }
        }
        double[] finite = Arrays.stream(cells).filter(Double::isFinite).toArray();
        if (finite.length == 0) {
            return java.util.Optional.empty();
        }
        double low = Arrays.stream(finite).min().getAsDouble();
        double high = Arrays.stream(finite).max().getAsDouble();
        if (!(high > low)) {
            high = low + Math.max(Math.abs(low), 1e-300);
        }
        return java.util.Optional.of(new Raster("map_" + r.name(), study + ": " + r.name() + " over " + rows.name()
                + " and " + columns.name(), width, height, cells, low, high, true)
                .labelled(indexed(columns), indexed(rows), label(r.name(), r.unit()), cells));
    }

    /**
     * The {@code p}-quantile of {@code values} by linear interpolation between order statistics (R's
     * and NumPy's default, Hyndman–Fan type 7); NaN of no values.
     */
    static double quantile(double[] values, double p) {
        if (values.length == 0) {
            return Double.NaN;
        }
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        double h = (sorted.length - 1) * p;
        int lo = (int) Math.floor(h);
        int hi = Math.min(sorted.length - 1, lo + 1);
        return sorted[lo] + (h - lo) * (sorted[hi] - sorted[lo]);
    }

    private static boolean isLogarithmic(double[] values) {
        if (values.length < 3 || Arrays.stream(values).anyMatch(v -> !(v > 0))) {
            return false;
        }
        double ratio = values[1] / values[0];
        return Math.abs(ratio - 1) > 1e-9 && Math.abs(values[2] / values[1] - ratio) < 1e-6 * ratio
                && Math.abs((values[2] - values[1]) - (values[1] - values[0])) > 1e-6 * Math.abs(values[1] - values[0]);
    }

    /** A heat map's axis counts the swept values; its label says which value each index stands for. */
    private static String indexed(StudyDesign.Swept swept) {
        StringBuilder text = new StringBuilder(swept.name()).append(" [").append(swept.unit()).append("]: ");
        for (int k = 0; k < swept.values().length; k++) {
            text.append(k == 0 ? "" : ", ").append(k).append(" = ")
                    .append(String.format(java.util.Locale.ROOT, "%.3g", swept.values()[k]));
        }
        return text.toString();
    }

    private static String label(String name, String unit) {
        return name + " [" + unit + "]";
    }
}
