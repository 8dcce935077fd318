package org.memdsl.runtime.device;

/**
 * What a device sees at one instant: terminal voltage, optical input, temperature and the rate at
 * which the voltage changes, all in SI units (V, W/m², m, K, V/s). The slope is that of a smooth
 * stretch of the source (a sine, a ramp); an ideal step has none (its displacement charge is not
 * modelled), so on rectangular pulses it is 0.
 */
public record Drive(double voltage, double intensity, double wavelength, double temperature, double slope) {

    /** Room temperature used when a protocol does not name one. */
    public static final double ROOM_TEMPERATURE = 300.0;

    /** A drive whose voltage does not change at this instant. */
    public Drive(double voltage, double intensity, double wavelength, double temperature) {
        this(voltage, intensity, wavelength, temperature, 0.0);
    }
}
