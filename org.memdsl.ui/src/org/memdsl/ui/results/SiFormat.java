package org.memdsl.ui.results;

import java.text.FieldPosition;
import java.text.Format;
import java.text.ParsePosition;
import java.util.Arrays;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.memdsl.runtime.output.SiTicks;

/**
 * Tick labels with SI prefixes and at most three significant digits: {@code 1.2e-10} is
 * {@code 120p}, {@code 0.0456} is {@code 45.6m}, {@code 3000.0099} is {@code 3k}; so a tick of
 * an axis in amperes, seconds or ohms reads as a researcher writes it.
 */
public final class SiFormat extends Format {

    private static final long serialVersionUID = 1L;
    private static final String[] PREFIXES = SiTicks.PREFIXES;
    private static final int UNIT_INDEX = SiTicks.UNIT_INDEX;
    private static final Pattern LABEL = Pattern.compile(
            "\\s*([-+]?\\d*\\.?\\d+(?:[eE][-+]?\\d+)?)([fpn\u00b5mkMGT]?)");

    @Override
    public StringBuffer format(Object value, StringBuffer to, FieldPosition position) {
        return to.append(format(((Number) value).doubleValue()));
    }

    public static String format(double value) {
        return SiTicks.format(value);
    }

    /** Reads a label back (SWTChart parses tick labels to measure and place them): {@code 45.6m} is 0.0456. */
    @Override
    public Object parseObject(String source, ParsePosition position) {
        Matcher m = LABEL.matcher(source).region(position.getIndex(), source.length());
        if (!m.lookingAt()) {
            position.setErrorIndex(position.getIndex());
            return null;
        }
        int group = m.group(2).isEmpty() ? 0 : Arrays.asList(PREFIXES).indexOf(m.group(2)) - UNIT_INDEX;
        position.setIndex(m.end());
        return Double.parseDouble(m.group(1)) * Math.pow(1000, group);
    }
}
