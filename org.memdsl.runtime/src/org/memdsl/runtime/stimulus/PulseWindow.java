package org.memdsl.runtime.stimulus;

/** The plateau of one pulse: from the end of its rising edge to the start of its falling edge. */
public record PulseWindow(double start, double end, double amplitude) {

    public PulseWindow shifted(double offset) {
        return new PulseWindow(start + offset, end + offset, amplitude);
    }

    public double width() {
        return end - start;
    }
}
