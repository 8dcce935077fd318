package org.memdsl.runtime.crossbar;

/** A resistive crosspoint: {@code I = G·V}. */
public record LinearCell(double conductance) implements CellElement {

    public LinearCell {
        if (!(conductance > 0)) {
            throw new IllegalArgumentException("cell conductance must be > 0");
        }
    }

    @Override
    public double current(double v) {
        return conductance * v;
    }

    @Override
    public double conductance(double v) {
        return conductance;
    }

    @Override
    public boolean linear() {
        return true;
    }
}
