package org.memdsl.runtime.output;

import java.util.Locale;

/**
 * Tick labels with SI prefixes and at most three significant digits, as a researcher writes them:
 * {@code 1.2e-10} is {@code 120p}, {@code 0.0456} is {@code 45.6m}, {@code 3000.0099} is {@code 3k}.
 * The files' figures and the workbench's charts label their axes with it.
 */
public final class SiTicks {

    /** The prefixes from femto to tera; {@link #UNIT_INDEX} is the unprefixed one. */
    public static final String[] PREFIXES = { "f", "p", "n", "\u00b5", "m", "", "k", "M", "G", "T" };
    public static final int UNIT_INDEX = 5;

    private SiTicks() {
    }

    /** Enough digits to tell apart the ticks of a narrow range (0.9965, 0.997), few enough to drop noise. */
    private static final int PLAIN_DIGITS = 6;

    /**
     * A tick of a pure number (a ratio, a share, a percentage, a count): written plainly between
     * 0.001 and 10 000 ({@code 0.8}, not {@code 800m}), with SI prefixes beyond.
     */
    public static String formatPlain(double value) {
        double magnitude = Math.abs(value);
        if (value == 0 || !Double.isFinite(value) || magnitude < 1e-3 || magnitude >= 1e4) {
            return format(value);
        }
        return new java.math.BigDecimal(value).round(new java.math.MathContext(PLAIN_DIGITS)).stripTrailingZeros()
                .toPlainString();
    }

    /** Whether an axis labelled {@code label} shows a pure number (no unit, or 1, %, log…). */
    public static boolean isPlain(String label) {
        int open = label == null ? -1 : label.lastIndexOf('[');
        if (open < 0 || !label.endsWith("]")) {
            return true;
        }
        String unit = label.substring(open + 1, label.length() - 1);
        return unit.equals("1") || unit.equals("%") || unit.startsWith("log");
    }

    public static String format(double value) {
        if (value == 0 || !Double.isFinite(value)) {
            return value == 0 ? "0" : Double.toString(value);
        }
        double magnitude = Math.abs(value);
        int group = (int) Math.floor(Math.log10(magnitude * (1 + 1e-9)) / 3);
        group = Math.max(-UNIT_INDEX, Math.min(PREFIXES.length - 1 - UNIT_INDEX, group));
        double scaled = value / Math.pow(1000, group);
        double digits = Math.pow(10, Math.max(0, 2 - (int) Math.floor(Math.log10(Math.abs(scaled) * (1 + 1e-9)))));
        double rounded = Math.round(scaled * digits) / digits;
        if (Math.abs(rounded) >= 1000 && group < PREFIXES.length - 1 - UNIT_INDEX) {
            rounded /= 1000;
            group++;
        }
        String number = String.format(Locale.ROOT, "%s", rounded).replaceFirst("\\.0+$", "")
                .replaceFirst("(\\.\\d*?)0+$", "$1");
        return number + PREFIXES[group + UNIT_INDEX];
    }
}
