package org.memdsl.runtime.stimulus;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * {@link Waveform#slope} against a central difference of {@link Waveform#value} inside every smooth
 * stretch (a step of 10⁻⁹ of the stretch, half a stretch away from its breakpoints' neighbourhood):
 * a sine, a triangular sweep, a pulse train with rise and fall ramps, and a sequence of them; a
 * rectangular train has none.
 */
class WaveformSlopeTest {

    @Test
    void slopesAreTheDerivativesOfTheValues() {
        PulseTrain ramps = new PulseTrain(2.0, 1e-3, 0.2e-3, 0.3e-3, 3e-3, 3, 0.5e-3, 1e-3);
        List<Waveform> waveforms = List.of(new Sine(0.1, 0.04, 1e3, 3), new TriangularSweep(0.2, -0.2, 2.0, 2), ramps,
                new Sequence(List.of(ramps, new Sine(0, 1, 500, 2))));
        for (Waveform w : waveforms) {
            double[] b = w.breakpoints();
            for (int k = 0; k + 1 < b.length; k++) {
                double length = b[k + 1] - b[k];
                for (double f : new double[] { 0.25, 0.5, 0.75 }) {
                    double t = b[k] + f * length;
                    double h = 1e-9 * length;
                    double numeric = (w.value(t + h) - w.value(t - h)) / (2 * h);
                    assertEquals(numeric, w.slope(t), 1e-5 * Math.max(1, Math.abs(numeric)), w + " at " + t);
                }
            }
        }
        PulseTrain rectangular = new PulseTrain(1.0, 1e-3, 0, 0, 2e-3, 2, 0, 0);
        assertEquals(0.0, rectangular.slope(0.5e-3));
    }
}
