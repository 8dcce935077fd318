package org.memdsl.runtime.output;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.memdsl.runtime.result.Characterisation;

/**
 * Writes a characterisation as {@code characterisation.csv}: {@code device}, {@code family}, one
 * column per report with its unit ({@code epsc [A]}; SI, round-trip precision, empty where a device
 * has no value) and {@code notes}.
 */
public final class CharacterisationWriter {

    public static final String FILE = "characterisation.csv";

    private CharacterisationWriter() {
    }

    public static Path write(Characterisation characterisation, Path directory) throws IOException {
        Path file = directory.resolve(FILE);
        List<String> header = new ArrayList<>(List.of("device", "family"));
        for (String column : characterisation.columns()) {
            String unit = characterisation.unit(column);
            header.add(unit.isEmpty() ? column : column + " [" + unit + "]");
        }
        header.add("notes");
        AtomicFiles.write(file, out -> {
            OutputStreamWriter writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
            CSVPrinter printer = new CSVPrinter(writer,
                    CSVFormat.RFC4180.builder().setHeader(header.toArray(String[]::new)).get());
            for (Characterisation.Row row : characterisation.rows()) {
                List<String> record = new ArrayList<>(List.of(row.device(), row.family()));
                for (String column : characterisation.columns()) {
                    double v = row.value(column);
                    record.add(Double.isNaN(v) ? "" : CsvNumbers.format(v));
                }
                record.add(String.join("; ", row.notes()));
                printer.printRecord(record);
            }
            printer.flush();
        });
        return file;
    }
}
