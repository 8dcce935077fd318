package org.memdsl.runtime.stimulus;

import org.memdsl.runtime.catalog.Kind;
import org.memdsl.runtime.catalog.ParameterValues;
import org.memdsl.runtime.catalog.Values;

/**
 * A named way to build a waveform from arguments (listed in {@link StimulusKinds}); the language
 * checks {@code stimulus NAME : KIND { … }} declarations against it.
 */
public interface StimulusKind extends Kind {

    Channel channel();

    /** @throws IllegalArgumentException when the arguments do not make a valid waveform */
    Waveform create(ParameterValues arguments);

    /**
     * At most how many breakpoints {@link #create(ParameterValues)} gives for these arguments,
     * computed from the arguments alone, without building the waveform and in a time that does not
     * grow with its length (saturating at {@link Edges#SATURATED}): protocols beyond the run's
     * {@code max_edges} are refused before anything is allocated.
     */
    long edges(ParameterValues arguments);

    /** {@link #create(ParameterValues)} from what a declaration gave. */
    default Waveform create(Values given) {
        return create(new ParameterValues(this, given));
    }
}
