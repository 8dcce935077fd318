package org.memdsl.runtime.data;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Two columns of a measured CSV table (header row, {@code #} comments): where each value was
 * measured ({@code x}: a pulse number, a time, a voltage) and what ({@code y}), in SI units.
 *
 * @param xUnit and {@code yUnit}: the units written in the header ({@code current [A]}), empty when none
 */
public record MeasuredCurve(double[] x, double[] y, String xUnit, String yUnit) {

    /**
     * @throws DataFileException naming the file and line of the first problem (never quoting a cell)
     */
    public static MeasuredCurve read(Path file, String xColumn, String yColumn) {
        TextDataFiles.requireText(file);
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8);
                CSVParser parser = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true)
                        .setIgnoreSurroundingSpaces(true).setCommentMarker('#').get().parse(reader)) {
            String xHeader = column(parser.getHeaderNames(), xColumn, file);
            String yHeader = column(parser.getHeaderNames(), yColumn, file);
            List<double[]> rows = new ArrayList<>();
            for (CSVRecord row : parser) {
                long line = parser.getCurrentLineNumber();
                rows.add(new double[] { number(file, line, row, xHeader), number(file, line, row, yHeader) });
            }
            if (rows.size() < 2) {
                throw new DataFileException(file, parser.getCurrentLineNumber(), "needs at least two rows of data");
            }
            return new MeasuredCurve(rows.stream().mapToDouble(r -> r[0]).toArray(),
                    rows.stream().mapToDouble(r -> r[1]).toArray(), unit(xHeader), unit(yHeader));
        } catch (IOException e) {
            throw new DataFileException(file, 1, "cannot be read (" + e.getClass().getSimpleName() + ")");
        } catch (IllegalStateException | java.io.UncheckedIOException e) {
            throw new DataFileException(file, 1, "is not a CSV table (a quote or a row the parser cannot read)");
        }
    }

    /** The header of column {@code name}: {@code name} itself or {@code name [unit]}. */
    private static String column(List<String> headers, String name, Path file) {
        for (String h : headers) {
            if (h.equals(name) || h.startsWith(name + " [")) {
                return h;
            }
        }
        throw new DataFileException(file, 1, "the header row has no column '" + name + "' (it has " + headers.size()
                + " columns)");
    }

    private static String unit(String header) {
        int open = header.indexOf(" [");
        return open < 0 || !header.endsWith("]") ? "" : header.substring(open + 2, header.length() - 1);
    }

    private static double number(Path file, long line, CSVRecord row, String column) {
        String text = row.isSet(column) ? row.get(column) : "";
        try {
            double v = Double.parseDouble(text);
            if (!Double.isFinite(v)) {
                throw new NumberFormatException();
            }
            return v;
        } catch (NumberFormatException e) {
            throw new DataFileException(file, line, column + " is not a finite number");
        }
    }
}
