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
 * Reusable protocols, their parameters, the libraries imported by name and characterisations are
 * checked where they are written, with issue codes, before anything runs: defaults and given
 * values must fit every place a parameter is used.
 */
@ExtendWith(InjectionExtension.class)
@InjectWith(MemDslInjectorProvider.class)
class ReusableProtocolValidationTest {

    private static final String PPF = """
            device cell : linear_ion_drift { }
            protocol ppf (amplitude = 1 V, width = 5 ms, intervals = [1 ms, 10 ms], cycles = 2) {
                stimulus pairs : paired { amplitude = $amplitude width = $width intervals = $intervals }
                apply repeat $cycles { pairs }
                measure ppf
                report first ppf.ppf_percent as ppf_index
            }
            """;

    @Inject
    private ParseHelper<Model> parser;

    @Inject
    private ValidationTestHelper validator;

    private String issues(String text) throws Exception {
        return IssueSnapshot.of(validator.validate(parser.parse(text)));
    }

    @Test
    void protocolAppliedWithAndWithoutArgumentsIsClean() throws Exception {
        assertEquals("", issues(PPF + """
                experiment plain { device cell use ppf }
                experiment given { device cell use ppf (amplitude = 2 V, intervals = [2 ms, 4 ms, 8 ms])
                                   sample = 0.1 ms
                                   expect first ppf.ppf_percent >= -100 }
                """));
    }

    @Test
    void argumentsTheProtocolDoesNotTakeOrThatDoNotFitAreErrors() throws Exception {
        assertEquals("""
                ERROR 8:37 unknownProtocolParameter protocol 'ppf' has no parameter 'amplitde'; its parameters: amplitude, width, intervals, cycles
                ERROR 9:49 protocolArgument 'amplitude' of protocol 'ppf': 'ms' is not a unit of voltage (V) for 'amplitude'
                ERROR 10:49 protocolArgument 'intervals' of protocol 'ppf': 'intervals' takes a list such as [1 ms, 2 ms]
                ERROR 11:46 protocolArgument 'cycles' of protocol 'ppf': a repeat count is a whole number from 1 to 1000000""",
                issues(PPF + """
                        experiment a { device cell use ppf (amplitde = 2 V) }
                        experiment b { device cell use ppf (amplitude = 2 ms) }
                        experiment c { device cell use ppf (intervals = 3 ms) }
                        experiment d { device cell use ppf (cycles = 2.5) }
                        """));
    }

    @Test
    void defaultsMustFitWhereTheyAreUsed() throws Exception {
        assertEquals("""
                ERROR 3:38 protocolArgument '$amplitude' = 5 ms does not fit here: 'ms' is not a unit of voltage (V) for 'amplitude'""",
                issues("""
                        device cell : linear_ion_drift { }
                        protocol bad (amplitude = 5 ms) {
                            stimulus p : pulse { amplitude = $amplitude width = $amplitude }  // a time fits width
                            apply p
                            measure epsc
                        }
                        """));
    }

    @Test
    void reportsNameMeasuredOutputsAndKnownStatistics() throws Exception {
        assertEquals("""
                ERROR 5:12 unknownStatistic unknown statistic 'typical'; known: first, last, min, max, mean, median, count
                ERROR 6:12 unknownReportedOutput protocol 'p' measures no 'energy'; it measures: epsc""",
                issues("""
                        protocol p (amplitude = 1 V) {
                            stimulus s : pulse { amplitude = $amplitude width = 1 ms }
                            apply s
                            measure epsc
                            report typical epsc.epsc
                            report energy.energy
                        }
                        """));
    }

    @Test
    void unknownLibraryAndCharacterisationWithoutProtocolsAreErrors() throws Exception {
        assertEquals("""
                ERROR 1:8 unknownLibrary unknown library 'standrd'; known: standard
                ERROR 3:14 noProtocol characterise 'review' names no protocol: name them with 'use', or import the standard suite with 'import standard'""",
                issues("""
                        import standrd
                        device cell : linear_ion_drift { }
                        characterise review { device cell }
                        """));
    }

    @Test
    void characterisationDeviceLinesSetParametersTheirProtocolsTake() throws Exception {
        assertEquals("""
                ERROR 4:18 unknownProtocolParameter no protocol of this characterisation takes 'voltage'
                ERROR 5:43 protocolArgument 'width' of protocol 'event': width = 0 s is outside the allowed range > 0 s""",
                issues("""
                        import standard
                        device cell : linear_ion_drift { }
                        characterise review {
                            device cell (voltage = 1 V)
                            device cell (amplitude = 1 V, width = 0 ms)
                        }
                        """));
    }

    /** Another experiment's output is read only from an experiment declared below it, never from a protocol. */
    @Test
    void readingsOfOtherExperimentsComeFromEarlierOnes() throws Exception {
        assertEquals("""
                ERROR 3:70 laterExperiment 'two' does not run before 'one'; an expectation reads experiments declared above it in this file
                ERROR 5:29 unknownExpectedOutput experiment 'one' measures no 'energy'; it measures: epsc
                ERROR 7:33 laterExperiment a protocol reads only its own outputs; compare experiments in the experiment that applies it""",
                issues("""
                device cell : linear_ion_drift { }
                stimulus p : pulse { amplitude = 1 V width = 1 ms }
                experiment one { device cell apply p measure epsc expect epsc.epsc / two.epsc.epsc > 0 }
                experiment two { device cell apply p measure epsc expect epsc.epsc / one.epsc.epsc = 1 ± 1 %
                                 expect one.energy.energy > 0 }
                protocol q { stimulus s : pulse { amplitude = 1 V width = 1 ms } apply s measure epsc
                             expect epsc.epsc / one.epsc.epsc > 0 }
                """));
    }
}
