package org.memdsl.runtime.stimulus;

/**
 * The plateau of one pulse: from the end of its rising edge to the start of its falling edge.
 * {@code group} numbers the part of a {@link Sequence} the pulse belongs to (a pair of a
 * paired-pulse protocol, a train of a rate protocol); pulses outside a sequence are group 0.
 */
public record PulseWindow(double start, double end, double amplitude, int group) {

    public PulseWindow shifted(double offset, int newGroup) {
        return new PulseWindow(start + offset, end + offset, amplitude, newGroup);
    }

    public double width() {
        return end - start;
    }
}
