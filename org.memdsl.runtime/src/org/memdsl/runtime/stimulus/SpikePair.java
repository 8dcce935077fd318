package org.memdsl.runtime.stimulus;

import java.util.List;

/**
 * The voltage across a synapse when a pre-synaptic spike reaches one terminal and a post-synaptic
 * spike the other {@code Δt} later: {@code V(t) = s(t − t_pre) − s(t − t_pre − Δt)}. The spike
 * {@code s} is an undershoot of {@code −u} for one width followed by {@code +A} for one width, so a
 * causal pair ({@code 0 < Δt < 2w}) overlaps the pre spike's positive phase with the post spike's
 * undershoot and puts up to {@code A + u} across the device, an anti-causal pair as much with the
 * opposite sign (the waveform scheme of Zamarreño-Ramos et al., Front. Neurosci. 5, 26 (2011)).
 */
public record SpikePair(double amplitude, double undershoot, double width, double delta) implements Waveform {

    public SpikePair {
        if (!(amplitude > 0 && undershoot >= 0 && width > 0)) {
            throw new IllegalArgumentException("spikes need amplitude > 0, undershoot >= 0 and width > 0");
        }
    }

    private double preStart() {
        return Math.max(0.0, -delta);
    }

    private double spike(double s) {
        if (s < 0 || s >= 2 * width) {
            return 0.0;
        }
        return s < width ? -undershoot : amplitude;
    }

    @Override
    public double value(double t) {
        double pre = preStart();
        return spike(t - pre) - spike(t - pre - delta);
    }

    @Override
    public double duration() {
        return Math.abs(delta) + 2 * width;
    }

    @Override
    public boolean piecewiseConstant() {
        return true;
    }

    @Override
    public double[] breakpoints() {
        double pre = preStart();
        double post = pre + delta;
        return Breakpoints.normalise(new double[] { 0, pre, pre + width, pre + 2 * width, post, post + width,
                post + 2 * width, duration() });
    }

    @Override
    public List<PulseWindow> pulseWindows() {
        return List.of();
    }
}
