package org.memdsl.runtime.stimulus;

/** Which input of the device a waveform drives. */
public enum Channel {
    /** Terminal voltage in V. */
    ELECTRICAL,
    /** Irradiance in W/m². */
    OPTICAL
}
