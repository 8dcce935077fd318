package org.memdsl.runtime.array;

import org.memdsl.runtime.catalog.Catalogue;
import org.memdsl.runtime.catalog.Kind;
import org.memdsl.runtime.catalog.ParameterValues;
import org.memdsl.runtime.result.RunResult;
import org.memdsl.runtime.simulation.ProgressListener;

/**
 * A kind of array the engine can build from a declared device (listed in {@link ArrayKinds}), by
 * the name used after {@code array NAME :}: its settings (size, parasitics, access device), the
 * operations an experiment on it may apply in order ({@code write}, {@code read}, {@code expose},
 * …), the outputs it can write, and how it runs a compiled {@link ArrayPlan}.
 */
public interface ArrayKind extends Kind {

    Catalogue<ArrayOperation> operations();

    Catalogue<? extends Kind> outputs();

    /** Whether the cell must respond to light (a photo-synapse array). */
    boolean needsPhotoCell();

    /** Rows of an array with these settings; patterns must have as many. */
    int rows(ParameterValues settings);

    /** Columns of an array with these settings. */
    int columns(ParameterValues settings);

    /**
     * @throws IllegalArgumentException on settings or steps that do not make a run (the message
     *         names the step)
     */
    RunResult run(ArrayPlan plan, ProgressListener progress);
}
