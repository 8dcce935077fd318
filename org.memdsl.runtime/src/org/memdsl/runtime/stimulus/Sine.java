package org.memdsl.runtime.stimulus;

import java.util.List;

/** {@code V(t) = V_dc + V_ac·sin(2πf·t)} for {@code cycles} periods: the probe of a small-signal measurement. */
public record Sine(double offset, double amplitude, double frequency, int cycles) implements Waveform {

    public Sine {
        if (!(frequency > 0) || cycles < 1) {
            throw new IllegalArgumentException("a sine needs a frequency > 0 and at least one cycle");
        }
    }

    @Override
    public double value(double t) {
        return offset + amplitude * Math.sin(2 * Math.PI * frequency * t);
    }

    @Override
    public double slope(double t) {
        return 2 * Math.PI * frequency * amplitude * Math.cos(2 * Math.PI * frequency * t);
    }

    @Override
    public double duration() {
        return cycles / frequency;
    }

    @Override
    public double[] breakpoints() {
        return new double[] { 0.0, duration() };
    }

    @Override
    public List<PulseWindow> pulseWindows() {
        return List.of();
    }
}
