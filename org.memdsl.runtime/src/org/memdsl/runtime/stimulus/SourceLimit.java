package org.memdsl.runtime.stimulus;

/**
 * What stands between the voltage source and the device: a series resistance {@code R_s} and a
 * current compliance for each polarity (0: none), as a parameter analyser sets one for the SET
 * sweep and another (often none) for the RESET sweep. The device sees {@code V_d} with
 * {@code V_d + R_s·I(V_d) = V}, and where {@code |I|} exceeds the compliance of the voltage's sign
 * the source lowers its output until {@code |I(V_d)|} equals it.
 */
public record SourceLimit(double seriesResistance, double positiveCompliance, double negativeCompliance) {

    public static final SourceLimit NONE = new SourceLimit(0, 0, 0);

    public SourceLimit {
        if (!(seriesResistance >= 0 && positiveCompliance >= 0 && negativeCompliance >= 0)) {
            throw new IllegalArgumentException("series resistance and compliances must be >= 0");
        }
    }

    /** The same compliance for both polarities. */
    public SourceLimit(double seriesResistance, double compliance) {
        this(seriesResistance, compliance, compliance);
    }

    /** Compliance for a source voltage of this sign (0: none). */
    public double compliance(double voltage) {
        return voltage >= 0 ? positiveCompliance : negativeCompliance;
    }

    public boolean isNone() {
        return seriesResistance == 0 && positiveCompliance == 0 && negativeCompliance == 0;
    }
}
