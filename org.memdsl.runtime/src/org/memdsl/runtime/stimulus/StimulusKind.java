package org.memdsl.runtime.stimulus;

import java.util.List;

/** A named way to build a waveform from arguments; the language checks declarations against it. */
public interface StimulusKind {

    String name();

    String description();

    Channel channel();

    List<ArgumentSpec> arguments();

    /** @throws IllegalArgumentException when the arguments do not make a valid waveform */
    Waveform create(StimulusArguments arguments);
}
