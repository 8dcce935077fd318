package org.memdsl.runtime.stimulus;

/**
 * What stands between the voltage source and the device: a series resistance {@code R_s} and a
 * current compliance {@code I_cc} (0: none). The device then sees {@code V_d} with
 * {@code V_d + R_s·I(V_d) = V}, and where {@code |I| > I_cc} the source lowers its output until
 * {@code |I(V_d)| = I_cc} (the way a semiconductor parameter analyser protects a cell at SET).
 */
public record SourceLimit(double seriesResistance, double compliance) {

    public static final SourceLimit NONE = new SourceLimit(0, 0);

    public SourceLimit {
        if (!(seriesResistance >= 0 && compliance >= 0)) {
            throw new IllegalArgumentException("series resistance and compliance must be >= 0");
        }
    }

    public boolean isNone() {
        return seriesResistance == 0 && compliance == 0;
    }
}
