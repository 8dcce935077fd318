package org.memdsl.tests.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.eclipse.xtext.testing.util.ParseHelper;
import org.eclipse.xtext.testing.validation.ValidationTestHelper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.memdsl.memDsl.Model;
import org.memdsl.tests.IssueSnapshot;
import org.memdsl.tests.MemDslInjectorProvider;

import com.google.inject.Inject;

/**
 * Misuse of arrays, patterns and array steps is reported where it is written, with its issue
 * code, before anything runs.
 */
@ExtendWith(InjectionExtension.class)
@InjectWith(MemDslInjectorProvider.class)
class ArrayValidationTest {

    @Inject
    private ParseHelper<Model> parser;

    @Inject
    private ValidationTestHelper validator;

    private String issues(String spec) throws Exception {
        return IssueSnapshot.of(validator.validate(parser.parse(spec)));
    }

    @Test
    void validArrayExperimentHasNoIssues() throws Exception {
        assertEquals("", issues("""
                device v : vteam { }
                pattern N : bitmap { "#..#" ".##." }
                array xb : crossbar { device v vary r_on 10 % rows = 2 columns = 4 access = selector }
                experiment e {
                    array xb
                    write N { set = 1.5 V reset = -1.5 V width = 1 ms bias = third reset_first = yes }
                    read { voltage = 50 mV bias = floating }
                    multiply { inputs = [0.1 V, 0 V] }
                    seed = 3
                    measure read_map
                    measure write_error as errors
                }
                """));
    }

    @Test
    void misusesAreNamedWhereTheyAre() throws Exception {
        assertEquals("""
                ERROR 4:9 missingArgument pattern kind 'image' needs 'file' (the image)
                ERROR 4:23 patternRows pattern kind 'image' takes no rows of pixels (brightness of an image file (PNG, PGM, GIF, BMP), resolved next to the .mem file)
                ERROR 5:9 invalidPattern pattern broken: 'x' at row 1, column 2 is not a pixel (# or 1 on, . or 0 off, 2…8 a level)
                ERROR 6:62 unknownOption 'diode' is not an option of 'access'; expected one of: none, selector, transistor
                ERROR 7:34 notAPhotoCell array kind 'photo_array' needs a cell that responds to light; device 'v' is a vteam
                ERROR 8:7 missingCell array 'none' needs its cell: device NAME (a declared device)
                ERROR 11:64 unknownOption 'quarter' is not an option of 'bias'; expected one of: half, third, floating, grounded
                ERROR 12:5 patternExpected 'write' names the pattern it applies: write PATTERN { … }
                ERROR 12:19 outOfRange set = 200 V is outside the allowed range -100 V … 100 V
                ERROR 13:10 patternExpected 'read' takes no pattern
                ERROR 14:5 unknownKind.step unknown crossbar operation 'erase'; known: write, read, multiply, denoise
                ERROR 16:13 unknownKind.measure unknown output 'ppf'; known: read_map, write_error, histogram, disturb, product, denoise""",
                issues("""
                        device v : vteam { }
                        pattern big : bitmap { "###" "#.#" "###" }
                        pattern N : bitmap { "#..#" ".##." }
                        pattern img : image { "#." }
                        pattern broken : bitmap { "#x" }
                        array xb : crossbar { device v rows = 2 columns = 4 access = diode }
                        array eye : photo_array { device v rows = 2 columns = 2 }
                        array none : crossbar { rows = 2 columns = 2 }
                        experiment e {
                            array xb
                            write big { set = 1.5 V reset = -1.5 V width = 1 ms bias = quarter }
                            write { set = 200 V reset = -1 V width = 1 ms }
                            read N { voltage = 50 mV }
                            erase { }
                            measure read_map
                            measure ppf
                        }
                        """));
    }

    @Test
    void aPatternMustFitItsArray() throws Exception {
        assertEquals("""
                ERROR 5:11 patternSize pattern 'big' is 3×3 pixels; array 'xb' is 2×4""", issues("""
                device v : vteam { }
                pattern big : bitmap { "###" "#.#" "###" }
                array xb : crossbar { device v rows = 2 columns = 4 }
                experiment e { array xb
                    write big { set = 1.5 V reset = -1.5 V width = 1 ms }
                }
                """));
    }
}
