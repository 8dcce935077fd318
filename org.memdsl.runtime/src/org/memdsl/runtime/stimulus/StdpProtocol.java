package org.memdsl.runtime.stimulus;

import java.util.ArrayList;
import java.util.List;

/**
 * Spike-timing protocol: for each {@code Δt} of a list, {@code repeats} times, a read pulse, the
 * pre/post {@link SpikePair} after a gap, another read pulse after the same gap, and a rest. The
 * read pulses are the protocol's pulse windows, before/after in turn, so the weight change of each
 * pairing is measured by the STDP window measurement.
 */
public final class StdpProtocol implements Waveform {

    private final double[] deltas;
    private final int repeats;
    private final Sequence sequence;

    public StdpProtocol(SpikePair shape, double[] deltas, int repeats, double read, double readWidth, double gap,
            double rest) {
        if (deltas.length == 0 || repeats < 1) {
            throw new IllegalArgumentException("an STDP protocol needs at least one Δt and one repeat");
        }
        if (!(readWidth > 0 && gap >= 0 && rest >= 0)) {
            throw new IllegalArgumentException("read width must be > 0 and gap, rest >= 0");
        }
        this.deltas = deltas.clone();
        this.repeats = repeats;
        List<Waveform> parts = new ArrayList<>();
        for (double delta : deltas) {
            for (int r = 0; r < repeats; r++) {
                parts.add(PulseTrain.single(read, readWidth, 0, 0, 0, gap));
                parts.add(new SpikePair(shape.amplitude(), shape.undershoot(), shape.width(), delta));
                parts.add(PulseTrain.single(read, readWidth, 0, 0, gap, rest));
            }
        }
        this.sequence = new Sequence(parts);
    }

    /** The {@code Δt} of each pairing in time order (each repeated {@code repeats} times). */
    public double[] pairingDeltas() {
        double[] out = new double[deltas.length * repeats];
        for (int i = 0; i < out.length; i++) {
            out[i] = deltas[i / repeats];
        }
        return out;
    }

    @Override
    public double value(double t) {
        return sequence.value(t);
    }

    @Override
    public double duration() {
        return sequence.duration();
    }

    @Override
    public boolean piecewiseConstant() {
        return true;
    }

    @Override
    public double[] breakpoints() {
        return sequence.breakpoints();
    }

    @Override
    public List<PulseWindow> pulseWindows() {
        return sequence.pulseWindows();
    }
}
