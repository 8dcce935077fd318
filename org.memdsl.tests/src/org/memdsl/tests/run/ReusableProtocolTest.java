package org.memdsl.tests.run;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

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
import org.memdsl.runtime.ExperimentPlan;
import org.memdsl.runtime.result.RunResult;
import org.memdsl.runtime.simulation.ProgressListener;
import org.memdsl.runtime.stimulus.PulseWindow;
import org.memdsl.tests.MemDslInjectorProvider;

import com.google.inject.Inject;

/**
 * A protocol written once and applied by experiments is the same protocol as the experiment
 * written out: same pulses, same settings, same measured tables; arguments replace defaults and an
 * experiment's own settings override the protocol's.
 */
@ExtendWith(InjectionExtension.class)
@InjectWith(MemDslInjectorProvider.class)
class ReusableProtocolTest {

    private static final String SPEC = """
            device cell : soft_bound_pulse { }
            stimulus pairs : paired { amplitude = 2 V width = 5 ms intervals = [1 ms, 10 ms] repeats = 2 rest = 20 ms }
            stimulus read : pulse { amplitude = 0.1 V width = 1 ms tail = 1 ms }
            stimulus up : pulse { amplitude = 1 V width = 1 ms tail = 1 ms }
            stimulus down : pulse { amplitude = -1 V width = 1 ms tail = 1 ms }
            protocol ppf (amplitude = 1 V, width = 5 ms, intervals = [1 ms, 10 ms], cycles = 2) {
                stimulus pairs : paired { amplitude = $amplitude width = $width intervals = $intervals
                                          repeats = $cycles rest = 20 ms }
                apply pairs
                sample = 1 ms
                measure ppf
                report first ppf.ppf_percent as ppf_index
            }
            protocol cycling (cycles = 3) {
                stimulus set : pulse { amplitude = 1 V width = 1 ms tail = 1 ms }
                stimulus reset : pulse { amplitude = -1 V width = 1 ms tail = 1 ms }
                apply repeat $cycles { set, read, reset, read }
                measure endurance
            }
            experiment written { device cell apply pairs sample = 1 ms measure ppf }
            experiment used { device cell use ppf (amplitude = 2 V) }
            experiment defaults { device cell use ppf }
            experiment finer { device cell use ppf sample = 0.25 ms measure epsc }
            experiment cycled { device cell use cycling (cycles = 4) }
            experiment cycled_written { device cell apply repeat 4 { up, read, down, read }
                                        measure endurance }
            """;

    @Inject
    private ParseHelper<Model> parser;

    @Inject
    private ValidationTestHelper validator;

    private ExperimentPlan plan(String name) throws Exception {
        Model model = parser.parse(SPEC);
        validator.assertNoErrors(model);
        Experiment experiment = model.getElements().stream().filter(Experiment.class::isInstance)
                .map(Experiment.class::cast).filter(e -> e.getName().equals(name)).findFirst().orElseThrow();
        return MemDslCompiler.checkedExperiment(experiment);
    }

    private static RunResult run(ExperimentPlan plan) {
        return plan.run(ProgressListener.NONE);
    }

    @Test
    void protocolWithArgumentsIsTheExperimentWrittenOut() throws Exception {
        ExperimentPlan written = plan("written");
        ExperimentPlan used = plan("used");
        assertEquals(written.stimulus().pulseWindows(), used.stimulus().pulseWindows());
        assertEquals(written.options(), used.options());
        RunResult a = run(written);
        RunResult b = run(used);
        for (String column : List.of("interval", "ppf_percent", "a2_over_a1")) {
            assertArrayEquals(a.table("ppf").column(column), b.table("ppf").column(column), column);
        }
    }

    @Test
    void defaultsStandWhereNoArgumentIsGiven() throws Exception {
        List<PulseWindow> pulses = plan("defaults").stimulus().pulseWindows();
        assertEquals(8, pulses.size(), "two intervals, two pairs each");
        for (PulseWindow p : pulses) {
            assertEquals(1.0, p.amplitude(), 0.0);
            assertEquals(5e-3, p.end() - p.start(), 1e-12);
        }
    }

    @Test
    void experimentSettingsOverrideAndMeasurementsAddToTheProtocols() throws Exception {
        ExperimentPlan finer = plan("finer");
        assertEquals(0.25e-3, finer.options().sampleInterval(), 0.0);
        assertEquals(List.of("ppf", "epsc"), run(finer).tables().stream().map(t -> t.name()).toList());
    }

    @Test
    void repeatCountFromAParameterIsTheRepeatWrittenOut() throws Exception {
        ExperimentPlan used = plan("cycled");
        ExperimentPlan written = plan("cycled_written");
        assertEquals(written.stimulus().pulseWindows(), used.stimulus().pulseWindows());
        assertEquals(16, used.stimulus().pulseWindows().size());
        assertArrayEquals(run(written).table("endurance").column("window"),
                run(used).table("endurance").column("window"));
    }
}
