package org.memdsl.tests.compiler;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.eclipse.xtext.testing.util.ParseHelper;
import org.eclipse.xtext.testing.validation.ValidationTestHelper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.memdsl.compiler.MemDslCompiler;
import org.memdsl.memDsl.Experiment;
import org.memdsl.memDsl.Model;
import org.memdsl.runtime.device.LinearIonDriftModel;
import org.memdsl.runtime.measurement.CurrentTrace;
import org.memdsl.runtime.measurement.EpscPerPulse;
import org.memdsl.runtime.stimulus.PulseTrain;
import org.memdsl.runtime.stimulus.PulseWindow;
import org.memdsl.tests.MemDslInjectorProvider;

import com.google.inject.Inject;

/** The compiler turns unit-carrying source values into the SI values of runtime objects. */
@ExtendWith(InjectionExtension.class)
@InjectWith(MemDslInjectorProvider.class)
class CompilerTest {

    @Inject
    private ParseHelper<Model> parser;

    @Inject
    private ValidationTestHelper validator;

    private org.memdsl.runtime.ExperimentPlan compile(String spec) throws Exception {
        Model model = parser.parse(spec);
        validator.assertNoErrors(model);
        Experiment e = (Experiment) model.getElements().stream().filter(Experiment.class::isInstance).findFirst()
                .orElseThrow();
        return MemDslCompiler.experiment(e);
    }

    @Test
    void pulseTrainValuesAreConvertedToSi() throws Exception {
        org.memdsl.runtime.ExperimentPlan x = compile("""
                device cell : linear_ion_drift { r_on = 1 kΩ r_off = 1 MΩ thickness = 5 nm
                                                 mobility = 2e-10 cm2/(V*s) w0 = 0.25 }
                stimulus p : train { amplitude = -150 mV width = 80 us rise = 1 us fall = 2 us
                                     frequency = 2.5 kHz count = 4 delay = 1 ms }
                experiment e { device cell apply p sample = 10 us seed = 7 measure epsc as psc measure current }
                """);
        PulseTrain train = assertInstanceOf(PulseTrain.class, x.stimulus().voltage());
        assertEquals(-0.150, train.amplitude(), 1e-15);
        assertEquals(80e-6, train.width(), 1e-18);
        assertEquals(1e-6, train.rise(), 1e-18);
        assertEquals(2e-6, train.fall(), 1e-18);
        assertEquals(4e-4, train.period(), 1e-18);
        assertEquals(4, train.count());
        assertEquals(1e-3, train.delay(), 1e-18);
        assertEquals(10e-6, x.options().sampleInterval(), 1e-18);
        assertEquals(7, x.seed());
        assertEquals(List.of("psc", "current"), x.measurements().stream().map(m -> m.name()).toList());
        assertInstanceOf(EpscPerPulse.class, x.measurements().get(0));
        assertInstanceOf(CurrentTrace.class, x.measurements().get(1));

        LinearIonDriftModel device = assertInstanceOf(LinearIonDriftModel.class, x.device());
        assertEquals(0.25, device.initialState()[0]);
        // k = µ_v·R_on/D² with µ_v = 2e-14 m²/(V·s), R_on = 1e3 Ω, D = 5e-9 m.
        assertEquals(2e-14 * 1e3 / 25e-18, device.driftRate(), 1e-6);
        assertEquals(1e3 * 0.25 + 1e6 * 0.75, device.resistance(0.25), 1e-6);
        PulseWindow second = x.stimulus().pulseWindows().get(1);
        assertEquals(1e-3 + 4e-4 + 1e-6, second.start(), 1e-15);
        assertEquals(second.start() + 80e-6, second.end(), 1e-15);
    }

    @Test
    void complianceAndSeriesResistanceLimitTheSource() throws Exception {
        org.memdsl.runtime.ExperimentPlan x = compile("""
                device cell : vteam { }
                stimulus s : staircase { high = 1.5 V low = -1.5 V step = 20 mV dwell = 1 ms }
                experiment e { device cell apply s compliance = 1 mA series_resistance = 50 Ω measure iv }
                """);
        assertEquals(1e-3, x.stimulus().limit().compliance(0.5), 1e-18);
        assertEquals(0.0, x.stimulus().limit().compliance(-0.5), 0.0, "none for the RESET polarity unless given");
        assertEquals(50.0, x.stimulus().limit().seriesResistance(), 1e-12);
    }

    @Test
    void illuminationBecomesTheOpticalChannel() throws Exception {
        org.memdsl.runtime.ExperimentPlan x = compile("""
                device cell : linear_ion_drift { }
                stimulus p : pulse { amplitude = 1 V width = 1 ms tail = 9 ms }
                stimulus lamp : illumination { intensity = 30 mW/cm2 wavelength = 532 nm start = 2 ms stop = 3 s }
                experiment e { device cell apply p, lamp temperature = 350 K measure current }
                """);
        assertTrue(x.stimulus().light().isPresent());
        assertEquals(532e-9, x.stimulus().wavelengthAt(0.0), 1e-20);
        assertEquals(350.0, x.stimulus().temperature());
        assertEquals(0.0, x.stimulus().driveAt(1e-3).intensity());
        assertEquals(300.0, x.stimulus().driveAt(1.0).intensity(), 1e-12, "30 mW/cm² is 300 W/m²");
        assertEquals(3.0, x.stimulus().duration(), 1e-15);
        assertEquals(3.0 / 4000, x.options().sampleInterval(), 1e-15, "automatic sampling: 4000 samples");
    }
}
