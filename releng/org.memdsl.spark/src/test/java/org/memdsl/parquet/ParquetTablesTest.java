package org.memdsl.parquet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.parquet.column.page.PageReadStore;
import org.apache.parquet.example.data.Group;
import org.apache.parquet.example.data.simple.convert.GroupRecordConverter;
import org.apache.parquet.hadoop.ParquetFileReader;
import org.apache.parquet.io.ColumnIOFactory;
import org.apache.parquet.io.LocalInputFile;
import org.apache.parquet.io.RecordReader;
import org.apache.parquet.schema.MessageType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.memdsl.MemDslStandaloneSetup;
import org.memdsl.run.SpecRunner;
import org.memdsl.spark.StudyBench;

import com.google.gson.Gson;

/**
 * {@code memdsl run --parquet}: every result table also as Parquet, holding the CSV's columns and
 * values (the CSV's empty cells as nulls) with the units and the provenance as metadata; read back
 * here with Parquet's own reader.
 */
class ParquetTablesTest {

    private static SpecRunner runner() {
        System.setProperty("guice_bytecode_gen_option", "DISABLED");
        return new MemDslStandaloneSetup().createInjectorAndDoEMFRegistration().getInstance(SpecRunner.class);
    }

    /** A table read back: column names, units from the metadata, and rows (null for a missing value). */
    private record Read(List<String> columns, Map<String, String> units, String provenance, List<Double[]> rows) {
    }

    @SuppressWarnings("unchecked")
    private static Read read(Path file) throws IOException {
        try (ParquetFileReader reader = ParquetFileReader.open(new LocalInputFile(file))) {
            MessageType schema = reader.getFooter().getFileMetaData().getSchema();
            Map<String, String> meta = reader.getFooter().getFileMetaData().getKeyValueMetaData();
            List<String> columns = schema.getFields().stream().map(f -> f.getName()).toList();
            List<Double[]> rows = new ArrayList<>();
            PageReadStore pages;
            while ((pages = reader.readNextRowGroup()) != null) {
                RecordReader<Group> records = new ColumnIOFactory().getColumnIO(schema).getRecordReader(pages,
                        new GroupRecordConverter(schema));
                for (long r = 0; r < pages.getRowCount(); r++) {
                    Group g = records.read();
                    Double[] row = new Double[columns.size()];
                    for (int c = 0; c < row.length; c++) {
                        row[c] = g.getFieldRepetitionCount(c) == 0 ? null : g.getDouble(c, 0);
                    }
                    rows.add(row);
                }
            }
            return new Read(columns, new Gson().fromJson(meta.get(ParquetTableFormat.UNITS), Map.class),
                    meta.get(ParquetTableFormat.PROVENANCE), rows);
        }
    }

    private static List<CSVRecord> csv(Path file) throws IOException {
        try (Reader in = Files.newBufferedReader(file)) {
            return CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(in).getRecords();
        }
    }

    private static void assertSameTable(Path csvFile, Path parquetFile) throws IOException {
        Read parquet = read(parquetFile);
        List<CSVRecord> rows = csv(csvFile);
        List<String> header = rows.isEmpty() ? List.of() : rows.get(0).getParser().getHeaderNames();
        assertEquals(header.size(), parquet.columns().size(), "as many columns as the CSV");
        for (int c = 0; c < header.size(); c++) {
            String name = parquet.columns().get(c);
            String unit = parquet.units().get(name);
            assertEquals(header.get(c), name + " [" + unit + "]", "column " + c);
        }
        assertEquals(rows.size(), parquet.rows().size(), "as many rows as the CSV");
        for (int r = 0; r < rows.size(); r++) {
            for (int c = 0; c < header.size(); c++) {
                String cell = rows.get(r).get(c);
                Double value = parquet.rows().get(r)[c];
                if (cell.isEmpty()) {
                    assertEquals(null, value, "an empty CSV cell is null, row " + r + " column " + c);
                } else {
                    double expected = Double.parseDouble(cell);
                    assertEquals(expected, value, Math.abs(expected) * 1e-11, "row " + r + " column " + c);
                }
            }
        }
        assertTrue(parquet.provenance().contains("\"specSha256\""), "the provenance is in the file");
    }

    @Test
    void studyAndExperimentTablesAreWrittenAsParquetToo(@TempDir Path dir) throws Exception {
        Path spec = dir.resolve("mc.mem");
        Files.writeString(spec, StudyBench.spec(12));
        SpecRunner runner = runner();
        runner.useTableFormats(List.of("parquet"));
        runner.run(spec, dir.resolve("out"), OptionalLong.empty(), (x, i, n, f) -> {
        });
        Path study = dir.resolve("out/spread");
        assertSameTable(study.resolve("study.csv"), study.resolve("study.parquet"));
        assertEquals(12, read(study.resolve("study.parquet")).rows().size());
        String provenance = Files.readString(study.resolve("provenance.json"));
        assertTrue(provenance.contains("study.parquet"), "the provenance lists the Parquet file");

        List<Path> experimentTables;
        try (var files = Files.list(dir.resolve("out/ppf"))) {
            experimentTables = files.filter(p -> p.toString().endsWith(".csv")).toList();
        }
        assertFalse(experimentTables.isEmpty(), "the study's experiment writes a table too");
        for (Path table : experimentTables) {
            Path parquet = table.resolveSibling(table.getFileName().toString().replace(".csv", ".parquet"));
            assertSameTable(table, parquet);
        }
    }

    @Test
    void anUnknownFormatIsRefusedByName() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> runner().useTableFormats(List.of("feather")));
        assertTrue(e.getMessage().contains("no table format 'feather'") && e.getMessage().contains("parquet"),
                e.getMessage());
    }
}
