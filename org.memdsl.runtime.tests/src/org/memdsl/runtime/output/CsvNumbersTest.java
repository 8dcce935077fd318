package org.memdsl.runtime.output;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** Numbers in tables: integers as integers, everything else shortest round-trip, read back unchanged. */
class CsvNumbersTest {

    @Test
    void wholeNumbersAreIntegersAndOthersReadBackExactly() {
        assertEquals("1", CsvNumbers.format(1.0));
        assertEquals("20", CsvNumbers.format(20.0));
        assertEquals("-3", CsvNumbers.format(-3.0));
        assertEquals("0", CsvNumbers.format(0.0));
        assertEquals("-0.0", CsvNumbers.format(-0.0), "the sign of a negative zero is kept");
        assertEquals("", CsvNumbers.format(Double.NaN));
        assertEquals("", CsvNumbers.format(Double.POSITIVE_INFINITY));
        assertEquals("1.0E15", CsvNumbers.format(1e15));
        for (double v : new double[] { 2.9000000000000004, 0.09999999999999999, 1.2e-10, 2499.9999999999995, 0.5 }) {
            assertEquals(v, Double.parseDouble(CsvNumbers.format(v)), 0.0, "round trip of " + v);
            assertEquals(Double.toString(v), CsvNumbers.format(v));
        }
    }

    /** Numbers the spec states come back as it wrote them: 12 significant digits drop the re-derivation noise. */
    @Test
    void statedNumbersAreWrittenAsTheSpecWroteThem() {
        assertEquals("2.9", CsvNumbers.formatStated(2.9000000000000004));
        assertEquals("0.1", CsvNumbers.formatStated(0.09999999999999999));
        assertEquals("2500", CsvNumbers.formatStated(2499.9999999999995));
        assertEquals("20", CsvNumbers.formatStated(19.99999999999999));
        assertEquals("0.001", CsvNumbers.formatStated(9.99999999999999E-4));
        assertEquals("5.0E-4", CsvNumbers.formatStated(5.00000000000167E-4));
        assertEquals("-6.9", CsvNumbers.formatStated(-6.8999999999999995));
        assertEquals("", CsvNumbers.formatStated(Double.NaN));
        assertEquals("1.23456789012", CsvNumbers.formatStated(1.2345678901234567), "twelve digits are kept");
        org.memdsl.runtime.result.Column measured = org.memdsl.runtime.result.Column.of("current", "A");
        assertEquals("1.2345678901234567", CsvNumbers.format(1.2345678901234567, measured), "measured: in full");
    }
}
