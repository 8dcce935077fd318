package org.memdsl.runtime.output;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.memdsl.runtime.result.ExpectationCheck;
import org.memdsl.runtime.result.Reading;

/** Writes the expectations of an experiment and what the run gave, as {@code expectations.csv}. */
public final class ExpectationsWriter {

    public static final String FILE = "expectations.csv";

    private ExpectationsWriter() {
    }

    public static Path write(List<ExpectationCheck> checks, Path directory) throws IOException {
        Path file = directory.resolve(FILE);
        AtomicFiles.write(file, out -> {
            OutputStreamWriter writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
            CSVFormat format = CSVFormat.RFC4180.builder().setHeader("expectation", "output", "column", "statistic",
                    "rows", "divided_by", "unit", "expected", "allowed_deviation", "actual", "met", "problem").get();
            CSVPrinter printer = new CSVPrinter(writer, format);
            for (ExpectationCheck c : checks) {
                Reading reading = c.expectation().reading();
                Reading divisor = c.expectation().divisor();
                printer.printRecord(c.expectation().text(), reading.output(), reading.column(),
                        reading.statistic().label(), reading.rows(), divisor == null ? "" : divisor.describe(),
                        c.unit(),
                        CsvNumbers.format(c.expectation().expected()),
                        CsvNumbers.format(c.expectation().allowedDeviation()), CsvNumbers.format(c.actual()),
                        c.met() ? "yes" : "no", c.problem() == null ? "" : c.problem());
            }
            printer.flush();
        });
        return file;
    }
}
