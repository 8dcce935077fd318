package org.memdsl.runtime.stimulus;

import java.util.List;
import java.util.Optional;

import org.memdsl.runtime.device.Drive;

/**
 * What is applied to a device during a protocol: an electrical channel (source voltage, with an
 * optional series resistance and current compliance), an optional optical channel (irradiance in
 * W/m², with the wavelength in m as a step function of time) and the temperature. The protocol lasts
 * as long as the longest channel; a channel that has ended holds zero.
 */
public record AppliedStimulus(Waveform voltage, Optional<Waveform> light, Waveform wavelength, double temperature,
        SourceLimit limit) {

    public AppliedStimulus(Waveform voltage, Optional<Waveform> light, double wavelength, double temperature,
            SourceLimit limit) {
        this(voltage, light, Levels.constant(wavelength, 0.0), temperature, limit);
    }

    public AppliedStimulus(Waveform voltage, Optional<Waveform> light, double wavelength, double temperature) {
        this(voltage, light, wavelength, temperature, SourceLimit.NONE);
    }

    public static AppliedStimulus electrical(Waveform voltage) {
        return new AppliedStimulus(voltage, Optional.empty(), 0.0, Drive.ROOM_TEMPERATURE);
    }

    public AppliedStimulus withLimit(SourceLimit newLimit) {
        return new AppliedStimulus(voltage, light, wavelength, temperature, newLimit);
    }

    public AppliedStimulus withTemperature(double newTemperature) {
        return new AppliedStimulus(voltage, light, wavelength, newTemperature, limit);
    }

    /** The wavelength of the light at {@code t}, in m (0 without light). */
    public double wavelengthAt(double t) {
        return wavelength.value(t);
    }

    public double duration() {
        return Math.max(voltage.duration(), light.map(Waveform::duration).orElse(0.0));
    }

    public Drive driveAt(double t) {
        boolean on = t <= voltage.duration();
        double v = on ? voltage.value(t) : 0.0;
        double irradiance = light.filter(l -> t <= l.duration()).map(l -> l.value(t)).orElse(0.0);
        return new Drive(v, irradiance, wavelength.value(t), temperature, on ? voltage.slope(t) : 0.0);
    }

    /**
     * All breakpoints of all channels (the wavelength's too, so that every channel is constant between
     * two of them when {@link #piecewiseConstant()}), sorted, within {@code [0, duration]}.
     */
    public double[] breakpoints() {
        double[] electrical = voltage.breakpoints();
        double[] optical = light.map(Waveform::breakpoints).orElse(new double[0]);
        double[] colours = light.isPresent() ? wavelength.breakpoints() : new double[0];
        double duration = duration();
        double[] all = new double[electrical.length + optical.length + colours.length + 1];
        System.arraycopy(electrical, 0, all, 0, electrical.length);
        System.arraycopy(optical, 0, all, electrical.length, optical.length);
        int n = electrical.length + optical.length;
        for (double t : colours) {
            all[n++] = Math.min(t, duration);
        }
        all[n] = duration;
        return Breakpoints.normalise(all);
    }

    /** Whether every channel is constant between consecutive {@link #breakpoints()}. */
    public boolean piecewiseConstant() {
        return voltage.piecewiseConstant() && light.map(Waveform::piecewiseConstant).orElse(true);
    }

    /**
     * Plateaus of the electrical pulses; when the electrical channel has none (a constant read bias)
     * those of the optical pulses.
     */
    public List<PulseWindow> pulseWindows() {
        List<PulseWindow> electrical = voltage.pulseWindows();
        if (!electrical.isEmpty()) {
            return electrical;
        }
        return light.map(Waveform::pulseWindows).orElse(List.of());
    }
}
