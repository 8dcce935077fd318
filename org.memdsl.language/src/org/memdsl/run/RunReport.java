package org.memdsl.run;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;

import org.memdsl.runtime.catalog.Dimension;
import org.memdsl.runtime.output.AtomicFiles;
import org.memdsl.runtime.output.InputFile;
import org.memdsl.runtime.result.Characterisation;
import org.memdsl.runtime.result.Column;
import org.memdsl.runtime.result.ResultTable;
import org.memdsl.runtime.result.RunResult;
import org.memdsl.runtime.result.ScalarResult;

/**
 * One self-contained {@code report.html} per run, in the run's output folder: a summary of the
 * expectations, each experiment's figures (the PNG files, embedded) and tables, the text of the
 * spec and its imports, and the provenance (memdsl and Java versions, options, every input with its
 * SHA-256). Opens in any browser, needs no other file, and can be mailed as it is.
 */
public final class RunReport {

    public static final String FILE = "report.html";

    private RunReport() {
    }

    public static Path write(Path outDir, LoadedSpec spec, List<SpecRunner.Outcome> outcomes, List<InputFile> inputs,
            Map<String, String> options, String version) throws IOException {
        StringBuilder html = new StringBuilder();
        String title = spec.file().getFileName().toString();
        html.append("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>memdsl report: ")
                .append(escape(title)).append("</title>\n<style>")
                .append("body{font-family:sans-serif;max-width:1100px;margin:2em auto;color:#222}")
                .append("table{border-collapse:collapse;margin:.5em 0}td,th{border:1px solid #ccc;padding:3px 8px;")
                .append("text-align:left;font-size:90%}.met{color:#060}.missed{color:#b00;font-weight:bold}")
                .append("img{max-width:100%;border:1px solid #eee;margin:4px 0}pre{background:#f6f6f6;padding:8px;")
                .append("overflow:auto}code{font-size:90%}</style></head><body>\n");
        html.append("<h1>").append(escape(title)).append("</h1>\n<p>memdsl ").append(escape(version))
                .append(", Java ").append(escape(System.getProperty("java.version")))
                .append(options.isEmpty() ? "" : ", options " + escape(options.toString())).append("</p>\n");
        summary(html, outcomes);
        for (SpecRunner.Outcome outcome : outcomes) {
            experiment(html, outDir, outcome);
        }
        html.append("<h2>Spec</h2>\n");
        for (Path file : spec.files()) {
            if (Files.isRegularFile(file)) {
                html.append("<details><summary><code>")
                        .append(escape(SpecInputs.relative(spec.file().getParent(), file)))
                        .append("</code></summary><pre>")
                        .append(escape(Files.readString(file, StandardCharsets.UTF_8))).append("</pre></details>\n");
            }
        }
        html.append("<h2>Provenance</h2>\n<table><tr><th>input</th><th>kind</th><th>SHA-256</th></tr>\n");
        for (InputFile input : inputs) {
            html.append("<tr><td><code>").append(escape(input.path())).append("</code></td><td>")
                    .append(escape(input.kind())).append("</td><td><code>").append(escape(input.sha256()))
                    .append("</code></td></tr>\n");
        }
        html.append("</table>\n</body></html>\n");
        Path file = outDir.resolve(FILE);
        byte[] bytes = html.toString().getBytes(StandardCharsets.UTF_8);
        AtomicFiles.write(file, out -> out.write(bytes));
        return file;
    }

    private static void summary(StringBuilder html, List<SpecRunner.Outcome> outcomes) {
        long all = outcomes.stream().mapToLong(o -> o.expectations().size()).sum();
        long met = outcomes.stream().flatMap(o -> o.expectations().stream()).filter(c -> c.check().met()).count();
        html.append("<h2>Summary</h2>\n<p>").append(outcomes.size()).append(" results; ");
        html.append(all == 0 ? "no expectations" : met + " of " + all + " expectations met").append("</p>\n");
        if (all > 0) {
            html.append("<table><tr><th>experiment</th><th>where</th><th>expectation</th></tr>\n");
            for (SpecRunner.Outcome o : outcomes) {
                for (CheckedExpectation c : o.expectations()) {
                    html.append("<tr><td>").append(escape(o.experiment())).append("</td><td>")
                            .append(c.location().line()).append(':').append(c.location().column())
                            .append("</td><td class=\"").append(c.check().met() ? "met" : "missed").append("\">")
                            .append(escape(c.check().summary())).append("</td></tr>\n");
                }
            }
            html.append("</table>\n");
        }
    }

    private static void experiment(StringBuilder html, Path outDir, SpecRunner.Outcome outcome) throws IOException {
        html.append("<h2 id=\"").append(escape(outcome.experiment())).append("\">").append(escape(outcome.experiment()))
                .append("</h2>\n<p>Folder <code>")
                .append(escape(SpecInputs.relative(outDir, outcome.directory()))).append("</code></p>\n");
        if (outcome.characterisation() != null) {
            table(html, outcome.characterisation());
        }
        if (outcome.result() != null) {
            results(html, outcome.result());
        }
        for (Path file : outcome.files()) {
            if (file.getFileName().toString().endsWith(".png") && Files.isRegularFile(file)) {
                html.append("<figure><img alt=\"").append(escape(file.getFileName().toString()))
                        .append("\" src=\"data:image/png;base64,")
                        .append(Base64.getEncoder().encodeToString(Files.readAllBytes(file)))
                        .append("\"><figcaption><code>").append(escape(file.getFileName().toString()))
                        .append("</code></figcaption></figure>\n");
            }
        }
    }

    /** The scalar results of the experiment's measurements (fits, crossings, classes), with units and notes. */
    private static void results(StringBuilder html, RunResult result) {
        List<String[]> rows = new ArrayList<>();
        for (ResultTable table : result.tables()) {
            for (ScalarResult scalar : table.scalars()) {
                String value = scalar.label() != null ? scalar.label()
                        : String.join(", ", java.util.Arrays.stream(scalar.values()).mapToObj(Dimension::rounded)
                                .toList());
                String unit = Column.ONE.equals(scalar.unit()) ? "" : scalar.unit();
                rows.add(new String[] { table.name(), scalar.name(), value, unit,
                    scalar.note() == null ? "" : scalar.note() });
            }
        }
        if (rows.isEmpty()) {
            return;
        }
        html.append("<table><tr><th>output</th><th>result</th><th>value</th><th>unit</th><th>note</th></tr>\n");
        for (String[] row : rows) {
            html.append("<tr>");
            for (String cell : row) {
                html.append("<td>").append(escape(cell)).append("</td>");
            }
            html.append("</tr>\n");
        }
        html.append("</table>\n");
    }

    private static void table(StringBuilder html, Characterisation characterisation) {
        html.append("<table><tr><th>device</th><th>family</th>");
        characterisation.columns().forEach(c -> html.append("<th>").append(escape(c)).append("</th>"));
        html.append("<th>notes</th></tr>\n");
        for (Characterisation.Row row : characterisation.rows()) {
            html.append("<tr><td>").append(escape(row.device())).append("</td><td>").append(escape(row.family()))
                    .append("</td>");
            for (String column : characterisation.columns()) {
                double v = row.value(column);
                html.append("<td>").append(Double.isNaN(v) ? "" : escape(Dimension.rounded(v))).append("</td>");
            }
            html.append("<td>").append(escape(String.join("; ", row.notes()))).append("</td></tr>\n");
        }
        html.append("</table>\n");
    }

    static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
