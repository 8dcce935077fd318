package org.memdsl.tests.run;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import org.memdsl.run.RunReport;
import org.memdsl.run.SpecRunner;
import org.memdsl.runtime.output.FigureFiles;
import org.memdsl.runtime.output.ResultWriter;
import org.memdsl.runtime.output.SummaryWriter;
import org.memdsl.runtime.result.Column;
import org.memdsl.runtime.result.Figure;
import org.memdsl.runtime.result.FigureSeries;
import org.memdsl.runtime.result.Raster;
import org.memdsl.runtime.result.ResultTable;

/**
 * The rules every run's outputs follow (issue "results a researcher can publish"): a unit in every
 * column header, no rounding noise in the numbers the spec states, a summary per experiment and per
 * run, a report, and every figure as PNG, SVG and PDF with labelled axes, at least two labelled
 * ticks each, and a log scale where the figure asks for one and its data span the decades.
 */
final class OutputRules {

    private static final Pattern HEADER = Pattern.compile("[A-Za-z0-9_]+ \\[[^\\]]+\\]");
    private static final Pattern NOISE = Pattern.compile("\\d\\.?\\d*(0{10}|9{10})\\d*");

    private OutputRules() {
    }

    /** Every break of the rules in a run's outputs, as readable lines (empty when there is none). */
    static List<String> violations(List<SpecRunner.Outcome> outcomes, Path outDir) throws Exception {
        List<String> found = new ArrayList<>();
        for (String file : List.of(SummaryWriter.RUN_FILE, RunReport.FILE)) {
            if (!Files.isRegularFile(outDir.resolve(file))) {
                found.add("no " + file + " in " + outDir);
            }
        }
        for (SpecRunner.Outcome outcome : outcomes) {
            if (outcome.result() == null || outcome.characterisation() != null) {
                continue; // a characterisation's table is its summary
            }
            Path dir = outcome.directory();
            for (String file : List.of(SummaryWriter.EXPERIMENT_FILE, ResultWriter.PROVENANCE_FILE)) {
                if (!Files.isRegularFile(dir.resolve(file))) {
                    found.add(outcome.experiment() + ": no " + file);
                }
            }
            for (ResultTable table : outcome.result().tables()) {
                table(dir.resolve(table.name() + ".csv"), table, found);
            }
            for (Figure figure : outcome.result().figures()) {
                files(dir, figure.name(), found);
                figure(outcome.experiment(), figure, found);
            }
            for (Raster raster : outcome.result().rasters()) {
                files(dir, raster.name(), found);
                if (raster.heat()) {
                    for (FigureFiles.AxisView axis : FigureFiles.axes(raster)) {
                        if (axis.label() == null || axis.label().isBlank() || axis.tickLabels().isEmpty()) {
                            found.add(outcome.experiment() + "/" + raster.name() + ": heat-map axis " + axis);
                        }
                    }
                }
            }
        }
        return found;
    }

    private static void table(Path csv, ResultTable table, List<String> found) throws Exception {
        List<String> lines = Files.readAllLines(csv);
        String[] header = lines.get(0).split(",");
        for (String cell : header) {
            if (!HEADER.matcher(cell).matches()) {
                found.add(csv + ": header '" + cell + "' has no unit");
            }
        }
        for (int c = 0; c < table.header().size(); c++) {
            Column column = table.header().get(c);
            if (!column.stated()) {
                continue;
            }
            for (String line : lines.subList(1, lines.size())) {
                String value = line.split(",")[c];
                if (NOISE.matcher(value).find()) {
                    found.add(csv + ": stated column '" + column.name() + "' written with noise: " + value);
                    break;
                }
            }
        }
    }

    private static void files(Path dir, String name, List<String> found) throws Exception {
        for (FigureFiles.Format format : FigureFiles.Format.values()) {
            Path file = dir.resolve(name + "." + format.extension());
            if (!Files.isRegularFile(file) || Files.size(file) == 0) {
                found.add("no " + file);
            }
        }
    }

    private static void figure(String experiment, Figure figure, List<String> found) {
        String where = experiment + "/" + figure.name() + ": ";
        List<FigureFiles.AxisView> axes = FigureFiles.axes(figure);
        boolean[] log = { figure.logX(), figure.logY() };
        for (int a = 0; a < 2; a++) {
            FigureFiles.AxisView axis = axes.get(a);
            if (axis.label() == null || axis.label().isBlank()) {
                found.add(where + (a == 0 ? "x" : "y") + " axis without a label");
            }
            boolean empty = figure.series().stream().allMatch(s -> s.x().length == 0);
            if (!empty && axis.tickLabels().size() < 2) {
                found.add(where + axis.label() + ": fewer than two tick labels " + axis.tickLabels());
            }
            if (log[a] && !axis.log() && decades(figure, a == 0) >= 2) {
                found.add(where + axis.label() + ": asked for a log scale over " + decades(figure, a == 0)
                        + " decades, drawn linear");
            }
        }
    }

    /** Powers of ten among the positive values of one coordinate of the figure's series. */
    private static double decades(Figure figure, boolean x) {
        double min = Double.MAX_VALUE;
        double max = 0;
        for (FigureSeries s : figure.series()) {
            for (double v : x ? s.x() : s.y()) {
                if (v > 0 && Double.isFinite(v)) {
                    min = Math.min(min, v);
                    max = Math.max(max, v);
                }
            }
        }
        min = Math.max(min, max * 1e-9);
        return max == 0 ? 0 : Math.floor(Math.log10(max)) - Math.ceil(Math.log10(min)) + 1;
    }
}
