package org.memdsl.runtime.crossbar;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.memdsl.runtime.array.Pattern;
import org.memdsl.runtime.catalog.Dimension;
import org.memdsl.runtime.result.Column;
import org.memdsl.runtime.result.Figure;
import org.memdsl.runtime.result.FigureSeries;
import org.memdsl.runtime.result.OutputKind;
import org.memdsl.runtime.result.Raster;
import org.memdsl.runtime.result.ResultCollector;
import org.memdsl.runtime.result.ResultTable;
import org.memdsl.runtime.result.ScalarResult;

/** The outputs of a crossbar experiment, each written from its {@link CrossbarRun}. */
final class CrossbarOutputs {

    /** Bins of the LRS/HRS histogram per decade of conductance. */
    private static final int BINS_PER_DECADE = 5;

    static final List<OutputKind<CrossbarRun, ResultCollector>> ALL = List.of(
            new OutputKind<>("read_map", "per read: every cell's sensed current, own current, conductance and sneak "
                    + "share (CSV, heat maps)", CrossbarOutputs::readMaps),
            new OutputKind<>("write_error", "per read after a write: weakest written / strongest other cell, and cells "
                    + "read wrong", CrossbarOutputs::writeErrors),
            new OutputKind<>("histogram", "LRS and HRS conductance histograms over all reads, with the on/off ratio "
                    + "spread", CrossbarOutputs::histogram),
            new OutputKind<>("disturb", "per write: the largest voltage across an unselected cell and the largest "
                    + "change of an unselected cell's state", CrossbarOutputs::disturb),
            new OutputKind<>("product", "per vector–matrix product: column currents against the ideal Σ G·V",
                    CrossbarOutputs::product),
            new OutputKind<>("denoise", "clean, noisy and denoised images and their PSNR", CrossbarOutputs::denoise));

    private CrossbarOutputs() {
    }

    private static void readMaps(CrossbarRun run, String name, ResultCollector out) {
        List<double[]> rows = new ArrayList<>();
        int n = 0;
        for (CrossbarRun.Read r : run.reads) {
            n++;
            double[] g = new double[r.cell().length];
            for (int k = 0; k < g.length; k++) {
                g[k] = r.conductance(k);
                rows.add(new double[] { n, k / run.columns, k % run.columns, r.sensed()[k], r.cell()[k], g[k],
                        r.sneak()[k] });
            }
            out.add(heat(name + "_read" + n + "_conductance", "Read " + n + ": conductance at "
                    + Dimension.VOLTAGE.format(r.voltage()), "log10 conductance [log10(S)]", run, log10(g)));
            out.add(heat(name + "_read" + n + "_sneak", "Read " + n + ": sneak share of the sensed current",
                    "sneak share [1]", run, r.sneak()));
        }
        out.add(ResultTable.ofRows(name, List.of(Column.of("read", Column.ONE), Column.of("row", Column.ONE),
                Column.of("column", Column.ONE), Column.of("sensed_current", "A"), Column.of("cell_current", "A"),
                Column.of("conductance", "S"), Column.of("sneak_share", Column.ONE)), rows));
    }

    private static void writeErrors(CrossbarRun run, String name, ResultCollector out) {
        List<double[]> rows = new ArrayList<>();
        int n = 0;
        for (CrossbarRun.Read r : run.reads) {
            n++;
            Pattern p = r.written();
            if (p == null) {
                continue;
            }
            double weakestOn = Double.POSITIVE_INFINITY;
            double strongestOff = 0;
            for (int k = 0; k < r.sensed().length; k++) {
                double current = Math.abs(r.sensed()[k]);
                if (p.on(k / run.columns, k % run.columns)) {
                    weakestOn = Math.min(weakestOn, current);
                } else {
                    strongestOff = Math.max(strongestOff, current);
                }
            }
            double threshold = Math.sqrt(weakestOn * strongestOff);
            int errors = 0;
            for (int k = 0; k < r.sensed().length; k++) {
                boolean readOn = Math.abs(r.sensed()[k]) > threshold;
                errors += readOn != p.on(k / run.columns, k % run.columns) ? 1 : 0;
            }
            rows.add(new double[] { n, p.count(), weakestOn, strongestOff, weakestOn / strongestOff, errors });
        }
        out.add(ResultTable.ofRows(name, List.of(Column.of("read", Column.ONE), Column.of("cells_on", Column.ONE),
                Column.of("weakest_on", "A"), Column.of("strongest_off", "A"), Column.of("contrast", Column.ONE),
                Column.of("errors", Column.ONE)), rows));
    }

    private static void histogram(CrossbarRun run, String name, ResultCollector out) {
        List<Double> lrs = new ArrayList<>();
        List<Double> hrs = new ArrayList<>();
        for (CrossbarRun.Read r : run.reads) {
            if (r.written() == null) {
                continue;
            }
            for (int k = 0; k < r.cell().length; k++) {
                (r.written().on(k / run.columns, k % run.columns) ? lrs : hrs).add(Math.abs(r.conductance(k)));
            }
        }
        if (lrs.isEmpty() || hrs.isEmpty()) {
            throw new IllegalArgumentException("measure histogram needs a read after a write with cells on and off");
        }
        double[] l = lrs.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        double[] h = hrs.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        double lowest = Math.min(l[0], h[0]);
        double highest = Math.max(l[l.length - 1], h[h.length - 1]);
        double low = Math.floor(Math.log10(Math.max(1e-300, lowest)) * BINS_PER_DECADE) / BINS_PER_DECADE;
        double high = Math.ceil(Math.log10(highest) * BINS_PER_DECADE) / BINS_PER_DECADE + 1.0 / BINS_PER_DECADE;
        int bins = Math.max(1, (int) Math.round((high - low) * BINS_PER_DECADE));
        double[] centre = new double[bins];
        double[] lrsCount = new double[bins];
        double[] hrsCount = new double[bins];
        for (int b = 0; b < bins; b++) {
            centre[b] = low + (b + 0.5) / BINS_PER_DECADE;
        }
        count(l, low, lrsCount);
        count(h, low, hrsCount);
        double medianLrs = quantile(l, 0.5);
        double medianHrs = quantile(h, 0.5);
        double worst = l[0] / h[h.length - 1];
        // the on/off ratio of every LRS cell against the median HRS, in order
        double[] ratios = Arrays.stream(l).map(g -> g / medianHrs).toArray();
        ResultTable t = new ResultTable(name, List.of(Column.stated("log10_conductance", "log10(S)"),
                Column.of("lrs_cells", Column.ONE), Column.of("hrs_cells", Column.ONE)),
                new double[][] { centre, lrsCount, hrsCount }, List.of(
                        ScalarResult.number("lrs_cells", Column.ONE, l.length, null),
                        ScalarResult.number("hrs_cells", Column.ONE, h.length, null),
                        ScalarResult.number("median_lrs", "S", medianLrs, null),
                        ScalarResult.number("median_hrs", "S", medianHrs, null),
                        ScalarResult.number("on_off_median", Column.ONE, medianLrs / medianHrs, "no HRS conductance"),
                        ScalarResult.number("on_off_p5", Column.ONE, quantile(ratios, 0.05), "no HRS conductance"),
                        ScalarResult.number("on_off_p95", Column.ONE, quantile(ratios, 0.95), "no HRS conductance"),
                        ScalarResult.number("on_off_worst", Column.ONE, worst, "no HRS conductance")));
        out.add(t, new Figure(name, String.format("LRS/HRS: on/off %.3g (median), %.3g (weakest LRS / strongest HRS)",
                medianLrs / medianHrs, worst), "log10 conductance [log10(S)]", "cells", false,
                List.of(new FigureSeries("LRS", centre, lrsCount), new FigureSeries("HRS", centre, hrsCount))));
    }

    private static void count(double[] values, double low, double[] counts) {
        for (double g : values) {
            int b = (int) Math.floor((Math.log10(Math.max(1e-300, g)) - low) * BINS_PER_DECADE);
            counts[Math.max(0, Math.min(counts.length - 1, b))]++;
        }
    }

    private static void disturb(CrossbarRun run, String name, ResultCollector out) {
        List<double[]> rows = new ArrayList<>();
        int n = 0;
        for (CrossbarRun.Write w : run.writes) {
            rows.add(new double[] { ++n, w.disturb().largestUnselectedVoltage(), w.disturb().largestStateChange() });
        }
        out.add(ResultTable.ofRows(name, List.of(Column.of("write", Column.ONE), Column.of("largest_unselected_voltage",
                "V"), Column.of("largest_state_change", Column.ONE)), rows));
    }

    private static void product(CrossbarRun run, String name, ResultCollector out) {
        List<double[]> rows = new ArrayList<>();
        int n = 0;
        for (CrossbarRun.Product p : run.products) {
            n++;
            for (int j = 0; j < p.product().actual().length; j++) {
                double ideal = p.product().ideal()[j];
                rows.add(new double[] { n, j, p.product().actual()[j], ideal,
                    ideal == 0 ? 0 : (p.product().actual()[j] - ideal) / ideal });
            }
        }
        out.add(ResultTable.ofRows(name, List.of(Column.of("product", Column.ONE), Column.of("column", Column.ONE),
                Column.of("current", "A"), Column.of("ideal", "A"), Column.of("relative_error", Column.ONE)), rows));
    }

    private static void denoise(CrossbarRun run, String name, ResultCollector out) {
        List<double[]> rows = new ArrayList<>();
        int n = 0;
        for (CrossbarRun.Denoise d : run.denoised) {
            n++;
            rows.add(new double[] { n, d.psnrNoisy(), d.psnrDenoised() });
            Pattern p = d.clean();
            out.add(new Raster(name + n + "_clean", "Clean", p.columns(), p.rows(), p.levels(), 0, 1, false));
            out.add(new Raster(name + n + "_noisy", String.format("Noisy: PSNR %.1f dB", d.psnrNoisy()), p.columns(),
                    p.rows(), d.noisy(), 0, 1, false));
            out.add(new Raster(name + n + "_denoised", String.format("Denoised on the crossbar: PSNR %.1f dB",
                    d.psnrDenoised()), p.columns(), p.rows(), d.denoised(), 0, 1, false));
        }
        out.add(ResultTable.ofRows(name, List.of(Column.of("denoise", Column.ONE), Column.of("psnr_noisy_db", "dB"),
                Column.of("psnr_denoised_db", "dB")), rows));
    }

    private static Raster heat(String name, String title, String valueLabel, CrossbarRun run, double[] values) {
        double low = Arrays.stream(values).filter(Double::isFinite).min().orElse(0);
        double high = Arrays.stream(values).filter(Double::isFinite).max().orElse(1);
        return new Raster(name, title, run.columns, run.rows, values, low, high > low ? high : low + 1, true)
                .labelled("column (bit line)", "row (word line)", valueLabel, values);
    }

    private static double[] log10(double[] g) {
        double[] out = new double[g.length];
        for (int k = 0; k < g.length; k++) {
            out[k] = Math.log10(Math.max(1e-300, Math.abs(g[k])));
        }
        return out;
    }

    private static double quantile(double[] sorted, double q) {
        double position = q * (sorted.length - 1);
        int below = (int) Math.floor(position);
        int above = Math.min(sorted.length - 1, below + 1);
        return sorted[below] + (position - below) * (sorted[above] - sorted[below]);
    }
}
