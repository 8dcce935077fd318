package org.memdsl.runtime.stimulus;

import java.util.List;

/** A waveform that passes everything on to another; subclasses change what they must. */
public abstract class ForwardingWaveform implements Waveform {

    private final Waveform inner;

    protected ForwardingWaveform(Waveform inner) {
        this.inner = inner;
    }

    @Override
    public double value(double t) {
        return inner.value(t);
    }

    @Override
    public double slope(double t) {
        return inner.slope(t);
    }

    @Override
    public double duration() {
        return inner.duration();
    }

    @Override
    public double[] breakpoints() {
        return inner.breakpoints();
    }

    @Override
    public boolean piecewiseConstant() {
        return inner.piecewiseConstant();
    }

    @Override
    public List<PulseWindow> pulseWindows() {
        return inner.pulseWindows();
    }
}
