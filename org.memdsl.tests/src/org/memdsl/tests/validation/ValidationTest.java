package org.memdsl.tests.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.eclipse.xtext.testing.util.ParseHelper;
import org.eclipse.xtext.testing.validation.ValidationTestHelper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.memdsl.memDsl.Model;
import org.memdsl.runtime.catalog.Catalogue;
import org.memdsl.runtime.catalog.Parameter;
import org.memdsl.runtime.device.DeviceFamilies;
import org.memdsl.runtime.measurement.MeasurementKinds;
import org.memdsl.runtime.stimulus.StimulusKinds;
import org.memdsl.tests.IssueSnapshot;
import org.memdsl.tests.MemDslInjectorProvider;

import com.google.inject.Inject;

/** Exact issue snapshots for specs with mistakes a researcher makes. */
@ExtendWith(InjectionExtension.class)
@InjectWith(MemDslInjectorProvider.class)
class ValidationTest {

    @Inject
    private ParseHelper<Model> parser;

    @Inject
    private ValidationTestHelper validator;

    private static String names(Catalogue<?> catalogue) {
        return String.join(", ", catalogue.names());
    }

    private String issues(String spec) throws Exception {
        return IssueSnapshot.of(validator.validate(parser.parse(spec)));
    }

    @Test
    void validSpecHasNoIssues() throws Exception {
        assertEquals("", issues("""
                device cell : linear_ion_drift { r_off = 16 kΩ  mobility = 1e-14 m^2/(V*s) }
                stimulus p : train { amplitude = 2 V width = 5 ms frequency = 100 Hz count = 20 }
                stimulus lamp : illumination { intensity = 30 mW/cm2 wavelength = 532 nm stop = 150 ms }
                experiment e { device cell apply p, lamp sample = 50 us measure current measure epsc }
                """));
    }

    @Test
    void wrongUnitIsAnErrorAtTheUnit() throws Exception {
        assertEquals("""
                ERROR 2:48 wrongUnit 'mV' is not a unit of time (s) for 'width'""", issues("""
                device cell : linear_ion_drift { }
                stimulus p : pulse { amplitude = 1 V width = 5 mV }
                """));
    }

    @Test
    void missingUnitAndUnknownUnit() throws Exception {
        assertEquals("""
                ERROR 1:41 wrongUnit a unit of resistance (Ω) is required for 'r_on'
                ERROR 1:55 wrongUnit 'furlong' is not a unit for 'r_off'""", issues("""
                device cell : linear_ion_drift { r_on = 100 r_off = 3 furlong }
                """));
    }

    @Test
    void unknownNamesListTheKnownOnes() throws Exception {
        assertEquals("""
                ERROR 1:15 unknownKind.device unknown device family 'vteam9'; known: FAMILIES
                ERROR 2:14 unknownKind.stimulus unknown stimulus kind 'zap'; known: STIMULI
                ERROR 3:10 missingArgument stimulus kind 'pulse' needs 'amplitude' (pulse height)
                ERROR 3:35 unknownParameter 'amplitud' is not known here; expected one of: PULSE
                ERROR 4:44 unknownKind.measure unknown measurement 'ppf2'; known: MEASUREMENTS"""
                .replace("FAMILIES", names(DeviceFamilies.CATALOGUE)).replace("STIMULI", names(StimulusKinds.CATALOGUE))
                .replace("PULSE", String.join(", ", StimulusKinds.CATALOGUE.byName("pulse").orElseThrow().parameters()
                        .stream().map(Parameter::name).toList()))
                .replace("MEASUREMENTS", names(MeasurementKinds.CATALOGUE)), issues("""
                device cell : vteam9 { }
                stimulus z : zap { }
                stimulus p : pulse { width = 1 ms amplitud = 1 V }
                experiment e { device cell apply p measure ppf2 }
                """));
    }

    @Test
    void inconsistentStimulusIsReportedOnItsName() throws Exception {
        assertEquals("""
                ERROR 1:10 invalidStimulus pulse period 0.001 s is shorter than the pulse itself (0.005 s)""", issues("""
                stimulus p : train { amplitude = 1 V width = 5 ms frequency = 1 kHz count = 3 }
                """));
    }

    @Test
    void experimentNeedsAnElectricalStimulus() throws Exception {
        assertEquals("""
                ERROR 3:34 electricalStimulusCount an experiment applies at least one electrical stimulus (pulse, train, paired, sweep, bias; several play one after another)""",
                issues("""
                        device cell : linear_ion_drift { }
                        stimulus lamp : illumination { intensity = 1 W/m2 wavelength = 532 nm stop = 1 s }
                        experiment e { device cell apply lamp }
                        """));
    }

    @Test
    void outOfRangeAndDuplicates() throws Exception {
        assertEquals("""
                ERROR 1:39 outOfRange w0 = 1.5 is outside the allowed range 0 … 1
                ERROR 1:43 duplicateAssignment 'w0' is already set above
                ERROR 2:8 duplicateName 'cell' is declared twice in this file""", issues("""
                device cell : linear_ion_drift { w0 = 1.5 w0 = 0.2 }
                device cell : linear_ion_drift { }
                """));
    }
}
