package org.memdsl.runtime;

import java.util.List;

import org.memdsl.runtime.array.ArrayKinds;
import org.memdsl.runtime.array.PatternKinds;
import org.memdsl.runtime.catalog.Catalogue;
import org.memdsl.runtime.catalog.Kind;
import org.memdsl.runtime.device.DeviceFamilies;
import org.memdsl.runtime.measurement.MeasurementKinds;
import org.memdsl.runtime.network.NetworkKinds;
import org.memdsl.runtime.stimulus.StimulusKinds;

/** Every catalogue of the engine, for what iterates all of them: the reference, the contract tests. */
public final class Catalogues {

    public static final List<Catalogue<? extends Kind>> ALL = List.of(DeviceFamilies.CATALOGUE,
            StimulusKinds.CATALOGUE, MeasurementKinds.CATALOGUE, NetworkKinds.CATALOGUE, ArrayKinds.CATALOGUE,
            PatternKinds.CATALOGUE);

    private Catalogues() {
    }
}
