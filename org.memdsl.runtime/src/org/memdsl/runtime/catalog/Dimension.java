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

    /** Four significant digits at most, no trailing zeros: {@code 3.7}, {@code 1.069e5}, {@code 0.0117}. */
    public static String rounded(double value) {
        if (!Double.isFinite(value)) {
            return Double.toString(value);
        }
        if (value == 0) {
            return "0";
        }
        java.math.BigDecimal digits = new java.math.BigDecimal(value).round(new java.math.MathContext(4))
                .stripTrailingZeros();
        double magnitude = Math.abs(value);
        if (magnitude >= 1e-3 && magnitude < 1e6) {
            return digits.toPlainString();
        }
        return digits.toString().replace("E+", "e").replace("E", "e");
    }

    /** {@link #rounded(double)} with the unit: {@code 0.488 s}. */
    public String formatRounded(double value) {
        return siSymbol.isEmpty() ? rounded(value) : rounded(value) + " " + siSymbol;
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
