package org.memdsl.runtime.output;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.memdsl.runtime.result.Figure;
import org.memdsl.runtime.result.FigureSeries;

/**
 * The data of a {@link Figure} as one CSV table: a row per point with the series' label and the two
 * axes, headed by the axes' own labels, so a plotted curve can be re-plotted elsewhere.
 */
public final class FigureCsvWriter {

    private FigureCsvWriter() {
    }

    public static void write(Figure figure, Path file) throws IOException {
        AtomicFiles.write(file, out -> {
            OutputStreamWriter writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
            CSVPrinter printer = new CSVPrinter(writer, CSVFormat.RFC4180.builder()
                    .setHeader("series", figure.xLabel(), figure.yLabel()).get());
            for (FigureSeries series : figure.series()) {
                for (int i = 0; i < series.x().length; i++) {
                    printer.printRecord(series.label(), CsvNumbers.format(series.x()[i]),
                            CsvNumbers.format(series.y()[i]));
                }
            }
            printer.flush();
        });
    }
}
