package org.memdsl.tests.compiler;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.emf.common.util.URI;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.eclipse.xtext.testing.util.ParseHelper;
import org.eclipse.xtext.testing.validation.ValidationTestHelper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.memdsl.compiler.MemDslCompiler;
import org.memdsl.memDsl.Model;
import org.memdsl.memDsl.Network;
import org.memdsl.runtime.network.DiehlCookKind;
import org.memdsl.runtime.network.NetworkSpec;
import org.memdsl.tests.IssueSnapshot;
import org.memdsl.tests.MemDslInjectorProvider;

import com.google.inject.Inject;
import com.google.inject.Provider;

/** {@code network} blocks: what the compiler makes of them and the mistakes the validator names. */
@ExtendWith(InjectionExtension.class)
@InjectWith(MemDslInjectorProvider.class)
class NetworkSpecTest {

    @Inject
    private ParseHelper<Model> parser;

    @Inject
    private ValidationTestHelper validator;

    @Inject
    private Provider<XtextResourceSet> resourceSets;

    private Model load(Path file, String text) throws Exception {
        Files.writeString(file, text);
        return (Model) resourceSets.get().getResource(URI.createFileURI(file.toString()), true).getContents().get(0);
    }

    @Test
    void networkSettingsVariationAndDataAreCompiled(@TempDir Path dir) throws Exception {
        Files.createDirectories(dir.resolve("digits"));
        Model model = load(dir.resolve("net.mem"), """
                device cell : soft_bound_pulse { g_max = 100 nS a_ltp = 3 }
                network net : diehl_cook {
                    device cell vary a_ltp 20 %, g_max 0.05
                    images = "digits"
                    excitatory = 100
                    tau_e = 80 ms
                    pulse_width = 2 us
                    seed = 11
                    measure accuracy
                    measure receptive_fields as fields
                }
                """);
        validator.assertNoErrors(model);
        NetworkSpec spec = MemDslCompiler.network((Network) model.getElements().get(1));
        assertEquals(DiehlCookKind.NAME, spec.kind().name());
        assertEquals(100.0, spec.settings().get("excitatory"));
        assertEquals(0.08, spec.settings().get("tau_e"), 1e-15);
        assertEquals(2e-6, spec.settings().get("pulse_width"), 1e-18);
        assertEquals(11, spec.seed());
        assertEquals(dir.resolve("digits"), spec.file("images"));
        assertEquals("soft_bound_pulse", spec.synapse().family().name());
        assertEquals(1e-7, spec.synapse().values().get("g_max"), 1e-20);
        assertEquals(0.2, spec.synapse().variation().get("a_ltp"), 1e-15);
        assertEquals(0.05, spec.synapse().variation().get("g_max"), 1e-15);
        assertEquals("fields", spec.outputs().get(1).name());
        assertEquals("receptive_fields", spec.outputs().get(1).kind());
    }

    @Test
    void networkWithoutSynapseHasIdealWeights(@TempDir Path dir) throws Exception {
        Files.createDirectories(dir.resolve("digits"));
        Model model = load(dir.resolve("ideal.mem"), """
                network ideal : diehl_cook { images = "digits" measure accuracy }
                """);
        validator.assertNoErrors(model);
        assertNull(MemDslCompiler.network((Network) model.getElements().get(0)).synapse());
    }

    @Test
    void networkMistakesAreNamedWhereTheyAre(@TempDir Path dir) throws Exception {
        Model model = load(dir.resolve("bad.mem"), """
                device cell : soft_bound_pulse { }
                network a : hopfield { }
                network b : diehl_cook {
                    device cell vary a_lt 10 %, g_max 3 V, g_min 300 %
                    images = "missing"
                    excitatory = 0
                    measure ppf
                }
                network c : diehl_cook { measure accuracy }
                """);
        assertEquals("""
                ERROR 2:13 unknownKind.network unknown network kind 'hopfield'; known: diehl_cook, mlp
                ERROR 4:22 unknownVariationParameter device family 'soft_bound_pulse' has no parameter 'a_lt' to vary; known: g_min, g_max, g0, v_threshold, pulse_width, states, a_ltp, a_ltd
                ERROR 4:41 wrongUnit 'V' is not a unit of a plain number for the spread of 'g_max' (e.g. 10 % or 0.1)
                ERROR 4:50 invalidVariation the spread of 'g_min' must be between 0 and 2.0 (a relative σ such as 10 %)
                ERROR 5:14 missingData MISSING: no such file or directory
                ERROR 6:18 outOfRange excitatory = 0 is outside the allowed range 1 … 100000
                ERROR 7:13 unknownKind.measure unknown output 'ppf'; known: accuracy, confusion, receptive_fields, neurons, synapse_curves
                ERROR 9:9 missingArgument network kind 'diehl_cook' needs 'images' (MNIST JSON digits directory or IDX image file)""".replace("MISSING", dir.resolve("missing").toString()),
                IssueSnapshot.of(validator.validate(model)));
    }

    @Test
    void perceptronTakesItsSpreadAsSettings(@TempDir Path dir) throws Exception {
        Files.createDirectories(dir.resolve("digits"));
        Model model = load(dir.resolve("mlp.mem"), """
                device cell : soft_bound_pulse { }
                network m : mlp {
                    device cell vary a_ltp 10 %
                    images = "digits"
                    step_spread = 0.1
                    measure accuracy
                    measure receptive_fields
                }
                """);
        assertEquals("""
                ERROR 3:22 invalidVariation network kind 'mlp' does not draw device variants; it takes step_spread (device-to-device) and cycle_noise (cycle-to-cycle) settings
                ERROR 7:13 unknownKind.measure unknown output 'receptive_fields'; known: accuracy, confusion, synapse_curves""",
                IssueSnapshot.of(validator.validate(model)));
    }
}
