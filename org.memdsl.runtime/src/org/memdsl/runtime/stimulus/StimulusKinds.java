package org.memdsl.runtime.stimulus;

import java.util.List;

import org.memdsl.runtime.catalog.Catalogue;

/** The stimulus kinds of the engine, by the name used after {@code stimulus NAME :}. */
public final class StimulusKinds {

    public static final Catalogue<StimulusKind> CATALOGUE = new Catalogue<>("stimulus kind", "stimulus", List.of(
            new PulseKind(),
            new TrainKind(),
            new PairedKind(),
            new RateSequenceKind(),
            new RateTrainsKind(),
            new SweepKind(),
            new StaircaseKind(),
            new BiasKind(),
            new StdpKind(),
            new ProgrammingMapKind(),
            new LightPulsesKind(),
            new LightPairedKind(),
            new IlluminationKind()));

    private StimulusKinds() {
    }
}
