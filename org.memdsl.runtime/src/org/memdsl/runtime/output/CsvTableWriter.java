package org.memdsl.runtime.output;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.memdsl.runtime.result.Column;
import org.memdsl.runtime.result.ResultTable;

/**
 * Writes a result table as RFC 4180 CSV with a header row of {@code name [unit]}; numbers as
 * {@link CsvNumbers} writes them (stated columns without their rounding noise).
 */
public final class CsvTableWriter {

    private CsvTableWriter() {
    }

    public static void write(ResultTable table, Path file) throws IOException {
        AtomicFiles.write(file, out -> {
            OutputStreamWriter writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
            String[] header = table.header().stream().map(Column::header).toArray(String[]::new);
            CSVFormat format = CSVFormat.RFC4180.builder().setHeader(header).get();
            CSVPrinter printer = new CSVPrinter(writer, format);
            Object[] row = new Object[table.columns().size()];
            for (int r = 0; r < table.rows(); r++) {
                for (int c = 0; c < row.length; c++) {
                    row[c] = CsvNumbers.format(table.data()[c][r], table.header().get(c));
                }
                printer.printRecord(row);
            }
            printer.flush();
        });
    }
}
