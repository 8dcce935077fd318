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
        assertEquals("NaN", CsvNumbers.format(Double.NaN));
        assertEquals("1.0E15", CsvNumbers.format(1e15));
        for (double v : new double[] { 2.9000000000000004, 0.09999999999999999, 1.2e-10, 2499.9999999999995, 0.5 }) {
            assertEquals(v, Double.parseDouble(CsvNumbers.format(v)), 0.0, "round trip of " + v);
            assertEquals(Double.toString(v), CsvNumbers.format(v));
        }
    }
}
