package org.memdsl.runtime.device;

/**
 * What a device sees at one instant: terminal voltage, optical input and temperature, all in SI
 * units (V, W/m², m, K).
 */
public record Drive(double voltage, double intensity, double wavelength, double temperature) {

    /** Room temperature used when a protocol does not name one. */
    public static final double ROOM_TEMPERATURE = 300.0;
}
