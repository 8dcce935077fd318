package org.memdsl.runtime.catalog;

/**
 * Physical dimension of a named quantity, given as the SI unit symbol the engine expects. The
 * language checks that a value written in a {@code .mem} file converts to this unit.
 */
public enum Dimension {
    VOLTAGE("V"),
    CURRENT("A"),
    RESISTANCE("Ω"),
    CONDUCTANCE("S"),
    TIME("s"),
    FREQUENCY("Hz"),
    IRRADIANCE("W/m²"),
    LENGTH("m"),
    AREA("m²"),
    TEMPERATURE("K"),
    CAPACITANCE("F"),
    MOBILITY("m²/(V·s)"),
    SWEEP_RATE("V/s"),
    ENERGY("J"),
    /** Per unit of fluence (W/m² for one second): a light-driven rate per irradiance. */
    AREA_PER_ENERGY("m²/J"),
    DIMENSIONLESS("");

    private final String siSymbol;

    Dimension(String siSymbol) {
        this.siSymbol = siSymbol;
    }

    /** The SI unit in which the engine takes values of this dimension. */
    public String siSymbol() {
        return siSymbol;
    }

    /** A value of this dimension for messages, e.g. {@code 0.005 s}, {@code 1e-6 Ω}, {@code 100000 Ω}. */
    public String format(double value) {
        String number;
        if (value == Math.rint(value) && Math.abs(value) < 1e7) {
            number = Long.toString((long) value);
        } else {
            number = Double.toString(value).replace("E", "e").replace(".0e", "e");
        }
        return siSymbol.isEmpty() ? number : number + " " + siSymbol;
    }
}
