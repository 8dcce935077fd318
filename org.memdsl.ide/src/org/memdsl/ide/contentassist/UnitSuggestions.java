package org.memdsl.ide.contentassist;

import java.util.List;
import java.util.Map;

import org.memdsl.runtime.catalog.Dimension;


/** The units offered by content assist for each dimension, most used first. */
final class UnitSuggestions {

    private static final Map<Dimension, List<String>> UNITS = Map.ofEntries(
            Map.entry(Dimension.VOLTAGE, List.of("V", "mV", "µV")),
            Map.entry(Dimension.CURRENT, List.of("A", "mA", "µA", "nA", "pA")),
            Map.entry(Dimension.RESISTANCE, List.of("Ω", "kΩ", "MΩ", "GΩ")),
            Map.entry(Dimension.CONDUCTANCE, List.of("S", "mS", "µS", "nS")),
            Map.entry(Dimension.TIME, List.of("s", "ms", "µs", "ns")),
            Map.entry(Dimension.FREQUENCY, List.of("Hz", "kHz", "MHz")),
            Map.entry(Dimension.IRRADIANCE, List.of("mW/cm²", "µW/cm²", "W/m²")),
            Map.entry(Dimension.LENGTH, List.of("nm", "µm", "m")),
            Map.entry(Dimension.TEMPERATURE, List.of("K")),
            Map.entry(Dimension.CAPACITANCE, List.of("F", "nF", "pF")),
            Map.entry(Dimension.MOBILITY, List.of("m²/(V·s)", "cm²/(V·s)")),
            Map.entry(Dimension.SWEEP_RATE, List.of("V/s", "mV/s")),
            Map.entry(Dimension.ENERGY, List.of("eV", "J")),
            Map.entry(Dimension.AREA_PER_ENERGY, List.of("m²/J", "cm²/J")),
            Map.entry(Dimension.DIMENSIONLESS, List.of()));

    private UnitSuggestions() {
    }

    static List<String> of(Dimension dimension) {
        return UNITS.getOrDefault(dimension, List.of());
    }
}
