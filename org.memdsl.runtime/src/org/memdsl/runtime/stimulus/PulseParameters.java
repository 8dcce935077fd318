package org.memdsl.runtime.stimulus;

import org.memdsl.runtime.catalog.Dimension;
import org.memdsl.runtime.catalog.Parameter;

/** Parameters shared by the stimulus kinds made of trapezoidal pulses. */
final class PulseParameters {

    /** Largest number of pulses, pairs, repeats or cycles one argument may ask for. */
    static final long MAX_COUNT = 10_000_000;

    static final Parameter AMPLITUDE = Parameter.required("amplitude", Dimension.VOLTAGE, "pulse height");
    static final Parameter WIDTH = Parameter.requiredPositive("width", Dimension.TIME, "plateau duration");
    static final Parameter RISE = Parameter.optionalNonNegative("rise", Dimension.TIME, 0.0, "rise time");
    static final Parameter FALL = Parameter.optionalNonNegative("fall", Dimension.TIME, 0.0, "fall time");
    static final Parameter DELAY = Parameter.optionalNonNegative("delay", Dimension.TIME, 0.0,
            "time before the first pulse");
    static final Parameter TAIL = Parameter.optionalNonNegative("tail", Dimension.TIME, 0.0,
            "time after the last pulse");

    private PulseParameters() {
    }
}
