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
