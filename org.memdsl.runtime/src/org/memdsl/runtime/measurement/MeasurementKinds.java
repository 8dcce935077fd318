package org.memdsl.runtime.measurement;

import java.util.List;

import org.memdsl.runtime.catalog.Catalogue;

/** The measurements of the engine, by the name used after {@code measure}. */
public final class MeasurementKinds {

    public static final Catalogue<MeasurementKind> CATALOGUE = new Catalogue<>("measurement", "measure", List.of(
            CurrentTrace.KIND,
            EpscPerPulse.KIND,
            IvLoop.KIND,
            StepIv.KIND,
            SwitchingEvents.KIND,
            OnOffRatio.KIND,
            PairedPulseFacilitation.KIND,
            EnergyPerPulse.KIND,
            BcmWeightChange.KIND,
            SrdpSegments.KIND,
            PulseCurves.KIND,
            PulseShapes.KIND,
            Retention.KIND,
            ArrheniusRetention.KIND,
            Impedance.KIND,
            Endurance.KIND,
            Relearning.KIND,
            ProgrammingWindow.KIND,
            StdpWindow.KIND,
            LogLogSlope.KIND,
            StaircaseHysteresis.KIND));

    private MeasurementKinds() {
    }
}
