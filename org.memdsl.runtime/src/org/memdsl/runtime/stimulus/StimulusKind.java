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

    /** {@link #create(ParameterValues)} from what a declaration gave. */
    default Waveform create(Values given) {
        return create(new ParameterValues(this, given));
    }
}
