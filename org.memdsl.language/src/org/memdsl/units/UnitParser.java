package org.memdsl.units;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

import javax.measure.IncommensurableException;
import javax.measure.UnconvertibleException;
import javax.measure.Unit;
import javax.measure.UnitConverter;
import javax.measure.format.MeasurementParseException;

import org.memdsl.runtime.catalog.Dimension;

import tech.units.indriya.AbstractUnit;
import tech.units.indriya.format.SimpleUnitFormat;
import tech.units.indriya.unit.Units;

/**
 * Parses unit symbols as written in {@code .mem} files with Indriya (JSR 385) and converts values
 * to the SI unit of a {@link Dimension}. Accepts the spellings researchers type on a plain
 * keyboard: {@code us} for µs, {@code ohm} for Ω, {@code cm2} for cm².
 */
public final class UnitParser {

    private static final Pattern BARE_POWER = Pattern.compile("(?<=[A-Za-zµμΩ])([23])");
    private static final Pattern ASCII_MICRO = Pattern.compile("(?<![A-Za-z])u(?=[A-Za-zΩ])");

    private static final Map<Dimension, Unit<?>> SI = Map.ofEntries(
            Map.entry(Dimension.VOLTAGE, Units.VOLT),
            Map.entry(Dimension.CURRENT, Units.AMPERE),
            Map.entry(Dimension.RESISTANCE, Units.OHM),
            Map.entry(Dimension.CONDUCTANCE, Units.SIEMENS),
            Map.entry(Dimension.TIME, Units.SECOND),
            Map.entry(Dimension.FREQUENCY, Units.HERTZ),
            Map.entry(Dimension.IRRADIANCE, Units.WATT.divide(Units.SQUARE_METRE)),
            Map.entry(Dimension.LENGTH, Units.METRE),
            Map.entry(Dimension.AREA, Units.SQUARE_METRE),
            Map.entry(Dimension.TEMPERATURE, Units.KELVIN),
            Map.entry(Dimension.CAPACITANCE, Units.FARAD),
            Map.entry(Dimension.MOBILITY, Units.SQUARE_METRE.divide(Units.VOLT.multiply(Units.SECOND))),
            Map.entry(Dimension.SWEEP_RATE, Units.VOLT.divide(Units.SECOND)),
            Map.entry(Dimension.ENERGY, Units.JOULE),
            Map.entry(Dimension.AREA_PER_ENERGY, Units.SQUARE_METRE.divide(Units.JOULE)),
            Map.entry(Dimension.DIMENSIONLESS, AbstractUnit.ONE));

    /** The electronvolt (CODATA: exactly 1.602176634e-19 J), which Indriya's SI system lacks. */
    public static final double ELECTRONVOLT = 1.602176634e-19;

    static {
        SimpleUnitFormat.getInstance().label(Units.JOULE.multiply(ELECTRONVOLT), "eV");
    }

    private UnitParser() {
    }

    /**
     * Parsed units and converters by symbol: a spec names a handful of units thousands of times, and
     * parsing a symbol costs far more than converting a value (most of a large file's check). Bounded,
     * so that text full of made-up symbols cannot grow it without end.
     */
    private static final int CACHE_LIMIT = 4096;
    private static final Map<String, Unit<?>> PARSED = new ConcurrentHashMap<>();
    private static final Map<String, UnitConverter> TO_SI = new ConcurrentHashMap<>();

    /** @throws UnitException when the symbol is not a unit */
    public static Unit<?> parse(String symbol) {
        Unit<?> cached = PARSED.get(symbol);
        if (cached != null) {
            return cached;
        }
        Unit<?> unit = parseSymbol(symbol);
        if (PARSED.size() < CACHE_LIMIT) {
            PARSED.put(symbol, unit);
        }
        return unit;
    }

    /** The largest power of a unit in a symbol ({@code m^-2}, {@code s^3}): far beyond any physical unit. */
    static final int MAX_EXPONENT = 9;

    private static final java.util.regex.Pattern EXPONENT = java.util.regex.Pattern.compile("\\^\\(?(-?\\d+)");

    private static Unit<?> parseSymbol(String symbol) {
        String normalised = ASCII_MICRO.matcher(symbol.replace("ohm", "Ω").replace("Ohm", "Ω")).replaceAll("µ");
        normalised = BARE_POWER.matcher(normalised).replaceAll("^$1");
        // Indriya reads a lone "cm²" as centi-(m²) = 0.01 m², while "cm^2" is (cm)² = 1e-4 m².
        normalised = normalised.replace("²", "^2").replace("³", "^3");
        java.util.regex.Matcher power = EXPONENT.matcher(normalised);
        while (power.find()) {
            long exponent = power.group(1).length() > 4 ? Long.MAX_VALUE : Long.parseLong(power.group(1));
            if (exponent == 0 || Math.abs(exponent) > MAX_EXPONENT) {
                throw new UnitException("'" + symbol + "': the power " + power.group(1) + " is out of range (a unit's "
                        + "powers run from -" + MAX_EXPONENT + " to " + MAX_EXPONENT + ", not 0)");
            }
        }
        try {
            return SimpleUnitFormat.getInstance().parse(normalised);
        } catch (MeasurementParseException | IllegalArgumentException e) {
            throw new UnitException("'" + symbol + "' is not a unit");
        }
    }

    /** The SI unit a dimension is expressed in. */
    public static Unit<?> siUnit(Dimension dimension) {
        return SI.get(dimension);
    }

    /**
     * Converts {@code value} given in {@code symbol} (null or empty: no unit) to the SI unit of
     * {@code dimension}.
     *
     * @throws UnitException when the unit is unknown or of another dimension
     */
    public static double toSi(double value, String symbol, Dimension dimension) {
        Unit<?> target = SI.get(dimension);
        if (symbol == null || symbol.isEmpty()) {
            if (dimension == Dimension.DIMENSIONLESS) {
                return value;
            }
            throw new UnitException("a unit of " + describe(dimension) + " is required");
        }
        String key = dimension.name() + ' ' + symbol;
        UnitConverter converter = TO_SI.get(key);
        if (converter == null) {
            Unit<?> unit = parse(symbol);
            if (!unit.isCompatible(target)) {
                throw new UnitException("'" + symbol + "' is not a unit of " + describe(dimension));
            }
            try {
                converter = unit.getConverterToAny(target);
            } catch (IncommensurableException | UnconvertibleException e) {
                throw new UnitException("'" + symbol + "' is not a unit of " + describe(dimension));
            }
            if (TO_SI.size() < CACHE_LIMIT) {
                TO_SI.put(key, converter);
            }
        }
        return converter.convert(value);
    }

    /**
     * Converts {@code value} given in {@code symbol} to the SI unit of whatever it measures (mV → V,
     * nA → A, µm² → m²).
     *
     * @throws UnitException when the unit is unknown
     */
    public static double toSystemUnit(double value, String symbol) {
        Unit<?> unit = parse(symbol);
        try {
            return unit.getConverterToAny(unit.getSystemUnit()).convert(value);
        } catch (IncommensurableException | UnconvertibleException e) {
            throw new UnitException("'" + symbol + "' has no SI equivalent");
        }
    }

    /** Whether two unit symbols measure the same kind of quantity. */
    public static boolean compatible(String a, String b) {
        return parse(a).isCompatible(parse(b));
    }

    public static String describe(Dimension dimension) {
        String name = dimension.name().toLowerCase().replace('_', ' ');
        return dimension == Dimension.DIMENSIONLESS ? "a plain number" : name + " (" + dimension.siSymbol() + ")";
    }
}
