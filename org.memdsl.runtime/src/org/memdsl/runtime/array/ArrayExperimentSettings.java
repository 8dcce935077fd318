package org.memdsl.runtime.array;

import java.util.List;

import org.memdsl.runtime.catalog.AbstractKind;
import org.memdsl.runtime.simulation.ExperimentSettings;

/** The settings of an experiment on an array, besides its steps and measurements: the seed. */
public final class ArrayExperimentSettings extends AbstractKind {

    public static final ArrayExperimentSettings INSTANCE = new ArrayExperimentSettings();

    private ArrayExperimentSettings() {
        super("array experiment", "settings of an experiment on an array", List.of(ExperimentSettings.seedParameter()));
    }
}
