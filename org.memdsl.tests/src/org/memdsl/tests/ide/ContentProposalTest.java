package org.memdsl.tests.ide;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.eclipse.emf.common.util.URI;
import org.eclipse.xtext.ide.editor.contentassist.ContentAssistEntry;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.memdsl.ide.MemDslIdeSetup;
import org.memdsl.ide.contentassist.MemDslCompletions;
import org.memdsl.runtime.array.ArrayKind;
import org.memdsl.runtime.array.ArrayKinds;
import org.memdsl.runtime.array.PatternKinds;
import org.memdsl.runtime.catalog.Kind;
import org.memdsl.runtime.catalog.Parameter;
import org.memdsl.runtime.device.DeviceFamilies;
import org.memdsl.runtime.measurement.MeasurementKinds;
import org.memdsl.runtime.network.NetworkKinds;
import org.memdsl.runtime.stimulus.StimulusKinds;

/** Content assist of the generic IDE services (what the editor and a language server show). */
class ContentProposalTest {

    private static final MemDslCompletions COMPLETIONS = new MemDslIdeSetup().createInjectorAndDoEMFRegistration()
            .getInstance(MemDslCompletions.class);

    private static List<String> proposals(String text, int offset) throws Exception {
        return COMPLETIONS.complete(text, URI.createURI("dummy:/assist.mem"), offset).stream()
                .map(ContentAssistEntry::getProposal).toList();
    }

    private static Set<String> parameterNames(Kind kind) {
        return kind.parameters().stream().map(Parameter::name).collect(Collectors.toSet());
    }

    @Test
    void familiesAfterTheColonOfADevice() throws Exception {
        assertEquals(Set.copyOf(DeviceFamilies.CATALOGUE.names()), Set.copyOf(proposals("device d : ", 11)));
    }

    /** Punctuation is typed, never offered: after a value, inside a list, at the end of a block. */
    @Test
    void noPunctuationIsProposed() throws Exception {
        for (String text : List.of("stimulus p : pulse { width = 5 ms ", "stimulus p : paired { intervals = [1 ms ",
                "device d : vteam { } experiment e { device d apply ")) {
            List<String> offered = proposals(text, text.length());
            assertTrue(offered.stream().allMatch(p -> Character.isLetter(p.codePointAt(0))), text + " → " + offered);
        }
    }

    @Test
    void librariesAfterImport() throws Exception {
        assertTrue(proposals("import ", 7).contains("standard"), proposals("import ", 7).toString());
    }

    /** Inside the arguments of a protocol applied, its parameters (and nothing else a block takes). */
    @Test
    void protocolParametersInsideItsArguments() throws Exception {
        String text = """
                device cell : linear_ion_drift { }
                protocol ppf (amplitude = 1 V, width = 5 ms) {
                    stimulus pairs : paired { amplitude = $amplitude width = $width intervals = [1 ms] }
                    apply pairs
                    measure ppf
                }
                experiment e { device cell use ppf (""";
        List<String> offered = proposals(text, text.length());
        assertTrue(offered.containsAll(List.of("amplitude", "width")), offered.toString());
        assertTrue(!offered.contains("sample"), "an experiment setting is not an argument of the protocol");
    }

    @Test
    void unitsOfTheParameterAfterItsNumber() throws Exception {
        String text = "stimulus p : pulse { width = 5 ";
        // After "5 " come a unit of time or the next argument (punctuation is typed, not proposed).
        Set<String> expected = new HashSet<>(Set.of("s", "ms", "µs", "ns"));
        expected.addAll(parameterNames(StimulusKinds.CATALOGUE.byName("pulse").orElseThrow()));
        assertEquals(expected, Set.copyOf(proposals(text, text.length())));
    }

    @Test
    void parameterNamesOfTheDeviceFamily() throws Exception {
        String text = "device d : linear_ion_drift { ";
        Set<String> expected = new HashSet<>(parameterNames(DeviceFamilies.CATALOGUE.byName("linear_ion_drift")
                .orElseThrow()));
        assertEquals(expected, Set.copyOf(proposals(text, text.length())));
    }

    @Test
    void declaredNamesAfterDeviceAndApply() throws Exception {
        String devices = "device cellA : linear_ion_drift { }\ndevice cellB : linear_ion_drift { }\n"
                + "stimulus p : pulse { amplitude = 1 V width = 1 ms }\nexperiment e { device ";
        assertEquals(Set.of("cellA", "cellB"), Set.copyOf(proposals(devices, devices.length())));
        String stimuli = devices + "cellA apply ";
        assertEquals(Set.of("p", "repeat"), Set.copyOf(proposals(stimuli, stimuli.length())));
        String timed = stimuli + "p ";
        assertTrue(proposals(timed, timed.length()).containsAll(List.of("at", "after")), "timing of a stimulus");
    }

    @Test
    void stimulusKindsAndMeasurements() throws Exception {
        assertEquals(Set.copyOf(StimulusKinds.CATALOGUE.names()), Set.copyOf(proposals("stimulus s : ", 13)));
        String text = "device c : linear_ion_drift { }\nstimulus p : pulse { amplitude = 1 V width = 1 ms }\n"
                + "experiment e { device c apply p measure ";
        assertEquals(Set.copyOf(MeasurementKinds.CATALOGUE.names()), Set.copyOf(proposals(text, text.length())));
    }

    @Test
    void networkKindsOutputsAndVariedParameters() throws Exception {
        assertEquals(Set.copyOf(NetworkKinds.CATALOGUE.names()), Set.copyOf(proposals("network n : ", 12)));
        String device = "device c : soft_bound_pulse { }\nnetwork n : diehl_cook { device c vary ";
        assertEquals(parameterNames(DeviceFamilies.CATALOGUE.byName("soft_bound_pulse").orElseThrow()),
                Set.copyOf(proposals(device, device.length())));
        String outputs = "network n : diehl_cook { images = \"d\" measure ";
        assertEquals(Set.copyOf(NetworkKinds.CATALOGUE.byName("diehl_cook").orElseThrow().outputs().names()),
                Set.copyOf(proposals(outputs, outputs.length())));
    }

    /** Every device family, stimulus kind and measurement, with the text up to the inside of its block. */
    static Stream<Arguments> blocks() {
        List<Arguments> all = new ArrayList<>();
        DeviceFamilies.CATALOGUE.all().forEach(f -> all.add(Arguments.of(f, "device x : " + f.name() + " { ")));
        StimulusKinds.CATALOGUE.all().forEach(k -> all.add(Arguments.of(k, "stimulus x : " + k.name() + " { ")));
        MeasurementKinds.CATALOGUE.all().forEach(m -> all.add(Arguments.of(m, "device c : linear_ion_drift { }\n"
                + "stimulus p : pulse { amplitude = 1 V width = 1 ms }\nexperiment e { device c apply p measure "
                + m.name() + " { ")));
        ArrayKinds.CATALOGUE.all().forEach(a -> all.add(Arguments.of(a, "array x : " + a.name() + " { ")));
        PatternKinds.CATALOGUE.all().forEach(p -> all.add(Arguments.of(p, "pattern x : " + p.name() + " { ")));
        for (ArrayKind a : ArrayKinds.CATALOGUE.all()) {
            String context = "device c : photo_transistor { }\npattern p : bitmap { \"#.\" \"..\" }\n"
                    + "array a : " + a.name() + " { device c rows = 2 columns = 2 }\nexperiment e { array a ";
            a.operations().all().forEach(op -> all.add(Arguments.of(op, context + op.name()
                    + (op.takesPattern() ? " p { " : " { "))));
        }
        return all.stream();
    }

    @Test
    void arrayKindsStepsAndChoices() throws Exception {
        assertEquals(Set.copyOf(ArrayKinds.CATALOGUE.names()), Set.copyOf(proposals("array a : ", 10)));
        String steps = "device c : vteam { }\narray a : crossbar { device c rows = 2 columns = 2 }\n"
                + "experiment e { array a ";
        Set<String> offered = Set.copyOf(proposals(steps, steps.length()));
        assertTrue(offered.containsAll(ArrayKinds.CATALOGUE.byName("crossbar").orElseThrow().operations().names()),
                offered.toString());
        String choice = "device c : vteam { }\narray a : crossbar { device c rows = 2 columns = 2 access = ";
        Set<String> options = Set.copyOf(proposals(choice, choice.length()));
        assertTrue(options.containsAll(Set.of("none", "selector", "transistor")), options.toString());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("blocks")
    void everyParameterOfTheBlocksKindIsOffered(Kind kind, String text) throws Exception {
        Set<String> offered = Set.copyOf(proposals(text, text.length()));
        assertTrue(offered.containsAll(parameterNames(kind)), kind.name() + ": " + offered);
    }
}
