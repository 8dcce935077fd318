package org.memdsl.runtime.device;

/**
 * What a device sees at one instant: terminal voltage, optical input and temperature, all in SI
 * units (V, W/m², m, K).
 */
public record Drive(double voltage, double intensity, double wavelength, double temperature) {

    /** Room temperature used when a protocol does not name one. */
    public static final double ROOM_TEMPERATURE = 300.0;

    public static Drive dark(double voltage) {
        return new Drive(voltage, 0.0, 0.0, ROOM_TEMPERATURE);
    }

    public Drive withVoltage(double v) {
        return new Drive(v, intensity, wavelength, temperature);
    }

    public Drive withLight(double newIntensity, double newWavelength) {
        return new Drive(voltage, newIntensity, newWavelength, temperature);
    }
}
