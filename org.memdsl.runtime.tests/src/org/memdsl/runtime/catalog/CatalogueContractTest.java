package org.memdsl.runtime.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.memdsl.runtime.Catalogues;
import org.memdsl.runtime.array.ArrayKind;
import org.memdsl.runtime.array.ArrayKinds;
import org.memdsl.runtime.network.NetworkKind;
import org.memdsl.runtime.network.NetworkKinds;

/**
 * What every kind of every catalogue promises, whatever its sort: a new device family, stimulus
 * kind, measurement, network kind or output, array kind, operation or output, or pattern kind is
 * checked here without any edit to this test.
 */
class CatalogueContractTest {

    /** Every kind of every catalogue, with the catalogue's noun, including each network kind's outputs. */
    static Stream<Arguments> kinds() {
        List<Arguments> all = new ArrayList<>();
        for (Catalogue<? extends Kind> catalogue : Catalogues.ALL) {
            catalogue.all().forEach(k -> all.add(Arguments.of(catalogue.noun() + " " + k.name(), k)));
        }
        for (NetworkKind network : NetworkKinds.CATALOGUE.all()) {
            network.outputs().all().forEach(o -> all.add(Arguments.of(network.name() + " output " + o.name(), o)));
        }
        for (ArrayKind array : ArrayKinds.CATALOGUE.all()) {
            array.operations().all().forEach(o -> all.add(Arguments.of(array.name() + " step " + o.name(), o)));
            array.outputs().all().forEach(o -> all.add(Arguments.of(array.name() + " output " + o.name(), o)));
        }
        return all.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("kinds")
    void isDocumentedInOneLine(String label, Kind kind) {
        assertFalse(kind.description().isBlank(), label);
        assertFalse(kind.description().contains("\n"), label);
        assertTrue(kind.description().length() <= 110, label + ": description over 110 characters");
        for (Parameter p : kind.parameters()) {
            assertFalse(p.description().isBlank(), label + "." + p.name());
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("kinds")
    void optionalNumbersHaveAFiniteDefaultInRange(String label, Kind kind) {
        for (Parameter p : kind.parameters()) {
            if (!p.required() && !p.isFile() && !p.isList() && !p.isChoice()) {
                assertTrue(Double.isFinite(p.defaultValue()) && p.accepts(p.defaultValue()),
                        label + "." + p.name() + " default " + p.defaultValue() + " not in " + p.range());
            }
        }
    }

    /** The example is what the reference and content assist show: it must be a valid declaration. */
    @ParameterizedTest(name = "{0}")
    @MethodSource("kinds")
    void exampleGivesEveryRequiredNumberWithinRange(String label, Kind kind) {
        Values example = kind.example();
        for (Parameter p : kind.parameters()) {
            if (p.required() && !p.isFile()) {
                assertTrue(example.numbers().containsKey(p.name()), label + " example lacks required " + p.name());
            }
        }
        ParameterValues values = new ParameterValues(kind, example);
        for (Parameter p : kind.parameters()) {
            if (p.isChoice()) {
                assertTrue(p.options().contains(values.choice(p.name())), label + "." + p.name());
            } else if (!p.isFile() && !p.isList() && (!p.required() || example.numbers().containsKey(p.name()))) {
                assertTrue(Double.isFinite(values.get(p.name())), label + "." + p.name());
            }
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("kinds")
    void refusesAnUndeclaredName(String label, Kind kind) {
        Values misspelt = Values.builder().set("no_such_parameter", 1).build();
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new ParameterValues(kind, misspelt));
        assertTrue(e.getMessage().contains("no_such_parameter"), e.getMessage());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("kinds")
    void refusesAValueBeyondItsRange(String label, Kind kind) {
        for (Parameter p : kind.parameters()) {
            if (p.isFile() || p.isChoice() || p.max() >= Double.MAX_VALUE) {
                continue;
            }
            double beyond = p.max() + Math.max(1, Math.abs(p.max()));
            Values given = p.isList() ? Values.builder().list(p.name(), beyond).build()
                    : Values.builder().set(p.name(), beyond).build();
            assertThrows(IllegalArgumentException.class, () -> new ParameterValues(kind, given),
                    label + "." + p.name() + " = " + beyond);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("kinds")
    void wholeNumbersRefuseFractions(String label, Kind kind) {
        for (Parameter p : kind.parameters()) {
            if (p.isInteger()) {
                double fraction = Math.max(p.min(), 0) + 0.5;
                if (fraction <= p.max()) {
                    Values given = Values.builder().set(p.name(), fraction).build();
                    assertThrows(IllegalArgumentException.class, () -> new ParameterValues(kind, given),
                            label + "." + p.name() + " = " + fraction);
                }
            }
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("kinds")
    void parameterNamesAreUniqueIdentifiers(String label, Kind kind) {
        List<String> names = kind.parameters().stream().map(Parameter::name).toList();
        assertEquals(names.size(), names.stream().distinct().count(), label);
        names.forEach(n -> assertTrue(n.matches("[a-z][a-z0-9_]*"), label + "." + n));
    }
}
