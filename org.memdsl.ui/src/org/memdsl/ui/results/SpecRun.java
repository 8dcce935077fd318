package org.memdsl.ui.results;

import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;

import org.memdsl.run.SpecRunner;

/** One run of a spec in the workbench: which file, when, where it wrote, and what came out. */
public record SpecRun(Path spec, LocalDateTime start, Path directory, List<SpecRunner.Outcome> outcomes) {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    /** {@code file.mem — 2026-12-06 07:05:12}. */
    public String label() {
        return spec.getFileName() + " \u2014 " + start.format(TIME);
    }

    public String time() {
        return start.format(DateTimeFormatter.ofPattern("HH:mm:ss"));
    }
}
