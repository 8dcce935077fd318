package org.memdsl.runtime.stimulus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.memdsl.runtime.catalog.ParameterValues;

/**
 * What every stimulus kind promises (a new kind is checked without editing this test): its
 * example builds a waveform that lasts a positive, finite time, whose breakpoints are sorted and
 * inside it, whose values are finite, and which reads every argument the kind declares.
 */
class StimulusKindContractTest {

    static Stream<StimulusKind> kinds() {
        return StimulusKinds.CATALOGUE.all().stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("kinds")
    void exampleBuildsAFiniteWaveform(StimulusKind kind) {
        Waveform w = kind.create(kind.example());
        double duration = w.duration();
        assertTrue(duration > 0 && Double.isFinite(duration), kind.name() + " lasts " + duration);
        double[] breakpoints = w.breakpoints();
        for (int k = 0; k < breakpoints.length; k++) {
            assertTrue(breakpoints[k] >= 0 && breakpoints[k] <= duration * (1 + 1e-12), kind.name());
            assertTrue(k == 0 || breakpoints[k] >= breakpoints[k - 1], kind.name() + " breakpoints unsorted");
            assertTrue(Double.isFinite(w.value(breakpoints[k])), kind.name());
        }
        for (int k = 0; k <= 100; k++) {
            assertTrue(Double.isFinite(w.value(duration * k / 100)), kind.name());
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("kinds")
    void readsEveryArgumentItDeclares(StimulusKind kind) {
        ParameterValues values = new ParameterValues(kind, kind.example());
        kind.create(values);
        if (kind instanceof OpticalKind optical) {
            optical.wavelength(values);
        }
        assertEquals(Set.of(), values.unread(), kind.name() + " declares arguments it never reads");
    }
}
