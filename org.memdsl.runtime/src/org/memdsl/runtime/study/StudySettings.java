package org.memdsl.runtime.study;

import java.util.List;

import org.memdsl.runtime.catalog.AbstractKind;
import org.memdsl.runtime.catalog.Parameter;
import org.memdsl.runtime.simulation.ExperimentSettings;

/** The settings a {@code study} block accepts besides its axes, variations and reports. */
public final class StudySettings extends AbstractKind {

    public static final String SAMPLES = "samples";
    public static final String SEED = ExperimentSettings.SEED;
    public static final String THREADS = "threads";

    public static final StudySettings INSTANCE = new StudySettings();

    private StudySettings() {
        super("study", "settings of a study block", List.of(
                Parameter.count(SAMPLES, 1, 1, StudyDesign.MAX_POINTS,
                        "runs per point, each with its variations drawn afresh"),
                ExperimentSettings.seedParameter(),
                Parameter.count(THREADS, 0, 0, 1024, "threads the points run on (0: every core)")));
    }
}
