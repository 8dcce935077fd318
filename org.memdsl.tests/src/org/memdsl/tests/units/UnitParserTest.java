package org.memdsl.tests.units;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.memdsl.runtime.catalog.Dimension;
import org.memdsl.units.UnitException;
import org.memdsl.units.UnitParser;

/** Unit symbols researchers write, converted to SI by definition of the SI prefixes. */
class UnitParserTest {

    @ParameterizedTest
    @CsvSource({
            "2.5, mV, VOLTAGE, 2.5e-3",
            "30, mW/cm2, IRRADIANCE, 300",
            "30, mW/cm², IRRADIANCE, 300",
            "6.41, µW/cm2, IRRADIANCE, 6.41e-2",
            "200, us, TIME, 2e-4",
            "200, µs, TIME, 2e-4",
            "200, μs, TIME, 2e-4",
            "2.5, kHz, FREQUENCY, 2500",
            "16, kΩ, RESISTANCE, 16000",
            "16, kohm, RESISTANCE, 16000",
            "532, nm, LENGTH, 5.32e-7",
            "1, cm2/(V*s), MOBILITY, 1e-4",
            "0.5, nF, CAPACITANCE, 5e-10",
            "3.45, nA, CURRENT, 3.45e-9",
            "10, V/s, SWEEP_RATE, 10",
            "90, °C, TEMPERATURE, 363.15",
            "20, %, DIMENSIONLESS, 0.2" })
    void convertsToSi(double value, String unit, Dimension dimension, double expected) {
        assertEquals(expected, UnitParser.toSi(value, unit, dimension), Math.abs(expected) * 1e-12);
    }

    @Test
    void wrongDimensionNamesTheExpectedOne() {
        UnitException e = assertThrows(UnitException.class, () -> UnitParser.toSi(5, "mV", Dimension.TIME));
        assertEquals("'mV' is not a unit of time (s)", e.getMessage());
    }

    @Test
    void unknownSymbolIsRejected() {
        UnitException e = assertThrows(UnitException.class, () -> UnitParser.toSi(5, "furlong", Dimension.LENGTH));
        assertEquals("'furlong' is not a unit", e.getMessage());
    }

    @Test
    void missingUnitIsOnlyAcceptedForPlainNumbers() {
        assertEquals(20.0, UnitParser.toSi(20, null, Dimension.DIMENSIONLESS));
        assertThrows(UnitException.class, () -> UnitParser.toSi(20, null, Dimension.VOLTAGE));
    }

    /** A prefixed area on its own is the square of the prefixed length (Indriya alone reads cm² as 0.01 m²). */
    @Test
    void prefixedAreasSquareThePrefix() {
        assertEquals(1e-4, UnitParser.toSi(1, "cm²", Dimension.AREA), 1e-20);
        assertEquals(1e-8, UnitParser.toSi(1e4, "µm²", Dimension.AREA), 1e-22);
        assertEquals(1e-8, UnitParser.toSi(1e4, "μm^2", Dimension.AREA), 1e-22);
        assertEquals(1e-8, UnitParser.toSi(1e4, "um2", Dimension.AREA), 1e-22);
        assertEquals(300, UnitParser.toSi(30, "mW/cm²", Dimension.IRRADIANCE), 1e-9);
    }
}
