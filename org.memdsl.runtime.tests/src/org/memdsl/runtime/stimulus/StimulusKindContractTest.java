package org.memdsl.runtime.stimulus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.memdsl.runtime.catalog.ParameterValues;
import org.memdsl.runtime.catalog.Values;

/**
 * What every stimulus kind promises (a new kind is checked without editing this test): its
 * example builds a waveform that lasts a positive, finite time, whose breakpoints are sorted and
 * inside it, whose values are finite, and which reads every argument the kind declares; its count
 * of edges, computed before building, bounds the breakpoints the waveform has without overstating
 * them more than fourfold.
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

    @ParameterizedTest(name = "{0}")
    @MethodSource("kinds")
    void edgesBoundTheBreakpointsBeforeBuilding(StimulusKind kind) {
        long edges = kind.edges(new ParameterValues(kind, kind.example()));
        int breakpoints = kind.create(kind.example()).breakpoints().length;
        assertTrue(breakpoints <= edges && edges <= 4L * breakpoints + 16,
                kind.name() + ": " + edges + " edges counted, " + breakpoints + " breakpoints built");
    }

    /** Ten million pairs at six gaps are counted (6e8 edges), never built; absurd rates saturate. */
    @Test
    void hugeProtocolsAreCountedNotBuilt() {
        StimulusKind paired = StimulusKinds.CATALOGUE.byName("paired").orElseThrow();
        Values huge = Values.builder().set("amplitude", 1.0).set("width", 1e-3)
                .list("intervals", 1e-3, 2e-3, 5e-3, 10e-3, 20e-3, 40e-3).set("repeats", 1e7).build();
        assertEquals(6 * 10_000_000L * Edges.train(2), paired.edges(new ParameterValues(paired, huge)));
        StimulusKind rates = StimulusKinds.CATALOGUE.byName("rate_sequence").orElseThrow();
        Values absurd = Values.builder().set("amplitude", 1.0).set("width", 1e-12).list("frequencies", 1e300)
                .set("segment", 1e6).build();
        assertEquals(Edges.SATURATED, rates.edges(new ParameterValues(rates, absurd)));
    }
}
