package org.memdsl.runtime.output;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.memdsl.runtime.result.Figure;
import org.memdsl.runtime.result.Raster;
import org.memdsl.runtime.result.ResultTable;
import org.memdsl.runtime.result.RunResult;

import com.google.gson.GsonBuilder;

/**
 * Writes an experiment's results into a directory: {@code NAME.csv} per table, {@code NAME.png},
 * {@code NAME.svg} and {@code NAME.pdf} per figure and per raster (and per table a file in each extra
 * {@link TableFormat} asked for), {@code summary.json} and
 * {@code provenance.json}, each file atomically. Provenance is written last, so
 * its presence means the set is complete.
 */
public final class ResultWriter {

    public static final String PROVENANCE_FILE = "provenance.json";

    private ResultWriter() {
    }

    /** Returns the files written, provenance last. */
    public static List<Path> write(RunResult result, Path dir, Provenance base) throws IOException {
        return write(result, dir, base, List.of());
    }

    /** Also writes each table in each of {@code formats} ({@code NAME.parquet}, …) next to its CSV. */
    public static List<Path> write(RunResult result, Path dir, Provenance base, List<TableFormat> formats)
            throws IOException {
        List<Path> written = new ArrayList<>();
        for (ResultTable table : result.tables()) {
            Path file = dir.resolve(table.name() + ".csv");
            CsvTableWriter.write(table, file);
            written.add(file);
            for (TableFormat format : formats) {
                Path other = dir.resolve(table.name() + "." + format.extension());
                AtomicFiles.write(other, out -> format.write(table, base, out));
                written.add(other);
            }
        }
        for (Figure figure : result.figures()) {
            written.addAll(FigureFiles.write(figure, dir));
        }
        for (Raster raster : result.rasters()) {
            written.addAll(FigureFiles.write(raster, dir));
        }
        written.add(SummaryWriter.writeExperiment(result, dir));
        written.add(writeProvenance(dir, base, written.stream().map(p -> p.getFileName().toString()).toList()));
        return written;
    }

    /** Writes {@code provenance.json} naming the files {@code outputs} of {@code dir}; returns its path. */
    public static Path writeProvenance(Path dir, Provenance base, List<String> outputs) throws IOException {
        Provenance provenance = base.withOutputs(outputs);
        String json = new GsonBuilder().setPrettyPrinting().disableHtmlEscaping().create().toJson(provenance);
        Path file = dir.resolve(PROVENANCE_FILE);
        AtomicFiles.write(file, out -> out.write((json + "\n").getBytes(StandardCharsets.UTF_8)));
        return file;
    }
}
