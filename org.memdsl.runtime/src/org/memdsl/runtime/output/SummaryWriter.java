package org.memdsl.runtime.output;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.memdsl.runtime.result.Column;
import org.memdsl.runtime.result.MissingValues;
import org.memdsl.runtime.result.ResultTable;
import org.memdsl.runtime.result.RunResult;
import org.memdsl.runtime.result.ScalarResult;

import com.google.gson.GsonBuilder;

/**
 * The results of a run that are not rows: per experiment, {@code summary.json} lists each output
 * table (its rows and its columns with units) and the measurement's scalar results (fits with their
 * quality, crossing points, classes, ratios, and for each one that could not be computed, why);
 * per run, {@code summary.csv} holds every scalar result of every experiment, one value per row.
 */
public final class SummaryWriter {

    public static final String EXPERIMENT_FILE = "summary.json";
    public static final String RUN_FILE = "summary.csv";

    private static final String[] RUN_HEADER = { "experiment", "output", "result", "unit", "value", "label", "note" };

    private SummaryWriter() {
    }

    /** Writes {@code summary.json} of one experiment into {@code dir}; returns its path. */
    public static Path writeExperiment(RunResult result, Path dir) throws IOException {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("experiment", result.experiment());
        List<Object> outputs = new ArrayList<>();
        for (ResultTable table : result.tables()) {
            Map<String, Object> output = new LinkedHashMap<>();
            output.put("name", table.name());
            output.put("file", table.name() + ".csv");
            output.put("rows", table.rows());
            List<Object> columns = new ArrayList<>();
            for (Column column : table.header()) {
                columns.add(Map.of("name", column.name(), "unit", column.unit()));
            }
            output.put("columns", columns);
            List<Object> results = new ArrayList<>();
            for (ScalarResult scalar : table.scalars()) {
                results.add(json(scalar));
            }
            output.put("results", results);
            List<Object> missing = new ArrayList<>();
            for (MissingValues m : MissingValues.of(table)) {
                missing.add(Map.of("column", m.column(), "rows", m.rows(), "why", m.why()));
            }
            if (!missing.isEmpty()) {
                output.put("missing", missing);
            }
            outputs.add(output);
        }
        json.put("outputs", outputs);
        json.put("figures", result.figures().stream().map(f -> f.name()).toList());
        String text = new GsonBuilder().setPrettyPrinting().disableHtmlEscaping().create().toJson(json) + "\n";
        Path file = dir.resolve(EXPERIMENT_FILE);
        AtomicFiles.write(file, out -> out.write(text.getBytes(StandardCharsets.UTF_8)));
        return file;
    }

    private static Map<String, Object> json(ScalarResult scalar) {
        Map<String, Object> entry = new LinkedHashMap<>();
        entry.put("name", scalar.name());
        entry.put("unit", scalar.unit());
        double[] values = scalar.values();
        if (values.length == 1) {
            entry.put("value", values[0]);
        } else if (values.length > 1) {
            entry.put("values", values);
        }
        if (scalar.label() != null) {
            entry.put("label", scalar.label());
        }
        if (scalar.note() != null) {
            entry.put("note", scalar.note());
        }
        return entry;
    }

    /** Writes {@code summary.csv} of the whole run into {@code dir}; returns its path. */
    public static Path writeRun(List<RunResult> results, Path dir) throws IOException {
        Path file = dir.resolve(RUN_FILE);
        AtomicFiles.write(file, out -> {
            OutputStreamWriter writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
            CSVPrinter printer = new CSVPrinter(writer, CSVFormat.RFC4180.builder().setHeader(RUN_HEADER).get());
            for (RunResult result : results) {
                for (ResultTable table : result.tables()) {
                    for (ScalarResult scalar : table.scalars()) {
                        double[] values = scalar.values();
                        if (values.length == 0) {
                            printer.printRecord(result.experiment(), table.name(), scalar.name(), scalar.unit(), "",
                                    text(scalar.label()), text(scalar.note()));
                        }
                        for (double v : values) {
                            printer.printRecord(result.experiment(), table.name(), scalar.name(), scalar.unit(),
                                    CsvNumbers.format(v), text(scalar.label()), text(scalar.note()));
                        }
                    }
                }
            }
            printer.flush();
        });
        return file;
    }

    private static String text(String s) {
        return s == null ? "" : s;
    }
}
