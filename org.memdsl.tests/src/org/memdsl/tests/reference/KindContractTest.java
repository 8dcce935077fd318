package org.memdsl.tests.reference;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.eclipse.emf.common.util.URI;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.eclipse.xtext.testing.util.ParseHelper;
import org.eclipse.xtext.testing.validation.ValidationTestHelper;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.memdsl.memDsl.Model;
import org.memdsl.reference.KindText;
import org.memdsl.reference.Reference;
import org.memdsl.runtime.Catalogues;
import org.memdsl.runtime.array.ArrayKind;
import org.memdsl.runtime.array.ArrayKinds;
import org.memdsl.runtime.array.ArrayOperation;
import org.memdsl.runtime.array.PatternKind;
import org.memdsl.runtime.array.PatternKinds;
import org.memdsl.runtime.catalog.Kind;
import org.memdsl.runtime.catalog.Parameter;
import org.memdsl.runtime.device.DeviceFamilies;
import org.memdsl.runtime.measurement.MeasurementKinds;
import org.memdsl.runtime.stimulus.StimulusKinds;
import org.memdsl.tests.IssueSnapshot;
import org.memdsl.tests.MemDslInjectorProvider;

import com.google.inject.Inject;

/**
 * What the language gives every kind of every engine catalogue, without an edit here when a kind
 * is added: its example, written as {@code .mem} text, validates clean, and the generated
 * reference documents it and each of its parameters (content assist: {@code ContentProposalTest}).
 */
@ExtendWith(InjectionExtension.class)
@InjectWith(MemDslInjectorProvider.class)
class KindContractTest {

    @TempDir
    static Path dir;

    @Inject
    private ParseHelper<Model> parser;

    @Inject
    private ValidationTestHelper validator;

    @Inject
    private XtextResourceSet resources;

    /** A block of each kind: its declaration with the example's values and files it needs, as .mem text. */
    static Stream<Arguments> blocks() throws Exception {
        List<Arguments> all = new ArrayList<>();
        String context = "device cell : linear_ion_drift { }\n"
                + "stimulus pulse : pulse { amplitude = 1 V width = 1 ms }\n";
        for (Kind f : DeviceFamilies.CATALOGUE.all()) {
            all.add(Arguments.of("device " + f.name(), "device x : " + f.name() + " { " + body(f) + " }\n", "{ "));
        }
        for (Kind k : StimulusKinds.CATALOGUE.all()) {
            all.add(Arguments.of("stimulus " + k.name(), "stimulus x : " + k.name() + " { " + body(k) + " }\n", "{ "));
        }
        // A protocol every measurement can take: pulse pairs, smaller reads after them, two temperatures.
        String protocol = "device cell : linear_ion_drift { }\n"
                + "stimulus program : paired { amplitude = 1 V width = 1 ms intervals = [1 ms] }\n"
                + "stimulus reads : train { amplitude = 0.1 V width = 1 ms frequency = 100 Hz count = 2 }\n";
        for (Kind m : MeasurementKinds.CATALOGUE.all()) {
            String open = "experiment e { device cell apply program, reads temperatures = [300 K, 350 K] measure "
                    + m.name() + " { ";
            all.add(Arguments.of("measure " + m.name(), protocol + open + body(m) + " } }\n", open));
        }
        String cells = "device cell : linear_ion_drift { }\ndevice photo : photo_transistor { }\n";
        for (ArrayKind a : ArrayKinds.CATALOGUE.all()) {
            String cell = a.needsPhotoCell() ? "photo" : "cell";
            all.add(Arguments.of("array " + a.name(), cells + "array x : " + a.name() + " { device " + cell + " "
                    + body(a) + " }\n", "{ "));
            String array = cells + "pattern p : bitmap { \"#.\" \".#\" }\narray a : " + a.name() + " { device " + cell
                    + " rows = 2 columns = 2 }\nexperiment e { array a ";
            for (ArrayOperation op : a.operations().all()) {
                all.add(Arguments.of("step " + op.name(), array + op.name() + (op.takesPattern() ? " p" : "") + " { "
                        + body(op) + " } }\n", "{ "));
            }
        }
        for (PatternKind p : PatternKinds.CATALOGUE.all()) {
            all.add(Arguments.of("pattern " + p.name(), "pattern x : " + p.name() + " { " + (p.takesRows() ? "\"#.\" "
                    : "") + body(p) + " }\n", "{ "));
        }
        return all.stream();
    }

    /** The example's assignments plus a data file for every file parameter. */
    private static String body(Kind kind) throws Exception {
        String text = KindText.example(kind);
        for (Parameter p : kind.parameters()) {
            if (p.isFile() && (p.required() || p.name().equals("labels"))) {
                text += "  " + p.name() + " = \"" + DataFile.write(dir, kind.name(), p.name()) + "\"";
            }
        }
        return text;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("blocks")
    void exampleValidatesClean(String label, String text, String open) throws Exception {
        Model model = parser.parse(text, URI.createFileURI(dir.resolve("example.mem").toString()), resources);
        assertEquals("", IssueSnapshot.of(validator.validate(model)), label + ":\n" + text);
    }

    static Stream<Arguments> kinds() {
        return Catalogues.ALL.stream().flatMap(c -> c.all().stream().map(k -> Arguments.of(c.noun() + " "
                + k.name(), k)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("kinds")
    void referenceDocumentsTheKindAndEachParameter(String label, Kind kind) {
        String reference = Reference.markdown();
        int at = reference.indexOf("### `" + kind.name() + "`");
        assertTrue(at >= 0, label + " missing from the reference");
        int next = reference.indexOf("\n### ", at + 1);
        String section = reference.substring(at, next < 0 ? reference.length() : next);
        assertTrue(section.contains(kind.description()), label);
        for (Parameter p : kind.parameters()) {
            assertTrue(section.contains("| `" + p.name() + "` |"), label + " reference lacks " + p.name());
        }
    }
}
