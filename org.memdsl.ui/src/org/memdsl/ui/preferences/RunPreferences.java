package org.memdsl.ui.preferences;

import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.OptionalLong;

import org.eclipse.core.runtime.preferences.AbstractPreferenceInitializer;
import org.eclipse.jface.preference.IPreferenceStore;
import org.memdsl.ui.internal.MemDslUiPlugin;

/**
 * The workbench's run defaults (Window ▸ Preferences ▸ memdsl): the output folder next to the spec,
 * a seed that overrides the spec's, and whether each run keeps its own folder.
 */
public class RunPreferences extends AbstractPreferenceInitializer {

    public static final String OUTPUT_FOLDER = "run.outputFolder";
    public static final String SEED = "run.seed";
    public static final String KEEP_RUNS = "run.keepRuns";

    private static final DateTimeFormatter RUN_NAME = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH-mm-ss");

    @Override
    public void initializeDefaultPreferences() {
        IPreferenceStore store = MemDslUiPlugin.get().getPreferenceStore();
        store.setDefault(OUTPUT_FOLDER, "results");
        store.setDefault(SEED, "");
        store.setDefault(KEEP_RUNS, true);
    }

    static IPreferenceStore store() {
        return MemDslUiPlugin.get().getPreferenceStore();
    }

    /**
     * Where a run of {@code spec} started at {@code start} writes: {@code FOLDER/STEM/} next to the
     * spec, and below it one folder per run named by its start time when runs are kept.
     */
    public static Path outputDirectory(Path spec, LocalDateTime start) {
        String stem = spec.getFileName().toString().replaceFirst("\\.mem$", "");
        String folder = store().getString(OUTPUT_FOLDER).isBlank() ? "results" : store().getString(OUTPUT_FOLDER);
        Path base = spec.toAbsolutePath().getParent().resolve(folder).resolve(stem);
        return store().getBoolean(KEEP_RUNS) ? base.resolve(start.format(RUN_NAME)) : base;
    }

    /** The seed every run uses instead of the spec's, if one is set. */
    public static OptionalLong seed() {
        String text = store().getString(SEED).trim();
        return text.isEmpty() ? OptionalLong.empty() : OptionalLong.of(Long.parseLong(text));
    }
}
