package org.memdsl.runtime.measurement;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Set;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.memdsl.runtime.catalog.ParameterValues;

/**
 * What every measurement kind promises (a new kind is checked without editing this test): it
 * builds an analysis that writes the output name it was given, from its defaults, reading every
 * parameter it declares.
 */
class MeasurementKindContractTest {

    static Stream<MeasurementKind> kinds() {
        return MeasurementKinds.CATALOGUE.all().stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("kinds")
    void buildsAnAnalysisOfTheGivenNameReadingEveryParameter(MeasurementKind kind) {
        ParameterValues values = new ParameterValues(kind, kind.example());
        Analysis analysis = kind.create("output_" + kind.name(), values);
        assertEquals("output_" + kind.name(), analysis.name());
        assertEquals(Set.of(), values.unread(), kind.name() + " declares parameters it never reads");
    }
}
