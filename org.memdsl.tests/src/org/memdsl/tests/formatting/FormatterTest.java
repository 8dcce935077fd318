package org.memdsl.tests.formatting;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.eclipse.emf.common.util.URI;
import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.memdsl.formatting2.MemDslFormatting;
import org.memdsl.tests.MemDslInjectorProvider;

import com.google.inject.Inject;

/**
 * The formatter: blocks on several lines indented by four spaces with the closing brace alone,
 * one-line blocks kept on one line, single spaces around {@code =} and after commas, comments kept,
 * and formatting twice gives what formatting once gave (for every shipped example too).
 */
@ExtendWith(InjectionExtension.class)
@InjectWith(MemDslInjectorProvider.class)
class FormatterTest {

    private static final URI URI_OF = URI.createURI("dummy:/format.mem");

    @Inject
    private MemDslFormatting formatting;

    private String format(String text) throws Exception {
        return formatting.format(text, URI_OF);
    }

    @Test
    void layoutOfBlocksAssignmentsAndLists() throws Exception {
        String messy = """
                // the cell
                device cell : vteam {r_on=10 kΩ   r_off  =  1 MΩ}
                stimulus pairs : paired {
                amplitude = 3 V    width=6 ms
                      intervals = [1 ms ,2 ms,4 ms]
                  // twenty of each
                  repeats = 20
                }



                experiment e { device cell apply pairs measure ppf }
                """;
        assertEquals("""
                // the cell
                device cell : vteam { r_on = 10 kΩ r_off = 1 MΩ }
                stimulus pairs : paired {
                    amplitude = 3 V width = 6 ms
                    intervals = [1 ms, 2 ms, 4 ms]
                    // twenty of each
                    repeats = 20
                }

                experiment e { device cell apply pairs measure ppf }
                """, format(messy));
    }

    @Test
    void formattingIsIdempotentOnEveryShippedExample() throws Exception {
        List<Path> files;
        try (Stream<Path> examples = Stream.concat(Files.list(Path.of("../examples")),
                Files.list(Path.of("../examples/papers")))) {
            files = examples.filter(p -> p.toString().endsWith(".mem")).sorted().toList();
        }
        for (Path file : files) {
            String once = format(Files.readString(file));
            assertEquals(once, format(once), file.toString());
            assertEquals(Files.readString(file).replaceAll("\\s+", ""), once.replaceAll("\\s+", ""),
                    file + ": only white space changes");
        }
    }

    @Test
    void aFileWithSyntaxErrorsIsNotFormatted() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> format("device cell : vteam {\n  r_on = }\n"));
        assertEquals(true, e.getMessage().startsWith("line 2: "), e.getMessage());
    }
}
