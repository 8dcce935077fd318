package org.memdsl.runtime.output;

import java.text.FieldPosition;
import java.text.NumberFormat;
import java.text.ParsePosition;

/** {@link SiTicks} as a {@link NumberFormat}, for the tick labels of JFreeChart's axes. */
final class SiNumberFormat extends NumberFormat {

    private static final long serialVersionUID = 1L;

    private final boolean plain;

    /** SI prefixes, or for an axis of pure numbers ({@link SiTicks#isPlain}) plain numbers where they read better. */
    SiNumberFormat(String axisLabel) {
        this.plain = SiTicks.isPlain(axisLabel);
    }

    @Override
    public StringBuffer format(double number, StringBuffer toAppendTo, FieldPosition pos) {
        return toAppendTo.append(plain ? SiTicks.formatPlain(number) : SiTicks.format(number));
    }

    @Override
    public StringBuffer format(long number, StringBuffer toAppendTo, FieldPosition pos) {
        return format((double) number, toAppendTo, pos);
    }

    @Override
    public Number parse(String source, ParsePosition parsePosition) {
        throw new UnsupportedOperationException("tick labels are only written");
    }
}
