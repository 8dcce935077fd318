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
 * What a run would refuse in a protocol (its schedule, its measurements, its size) and misused
 * {@code expect} lines are reported where they are written, with their issue codes, before anything
 * runs.
 */
@ExtendWith(InjectionExtension.class)
@InjectWith(MemDslInjectorProvider.class)
class ProtocolValidationTest {

    private static final String DECLARATIONS = """
            device cell : linear_ion_drift { }
            stimulus p : pulse { amplitude = 1 V width = 1 ms }
            stimulus q : pulse { amplitude = 0.1 V width = 1 ms }
            stimulus lamp : illumination { intensity = 1 W/m2 wavelength = 532 nm stop = 1 s }
            """;

    @Inject
    private ParseHelper<Model> parser;

    @Inject
    private ValidationTestHelper validator;

    private String issues(String experiments) throws Exception {
        return IssueSnapshot.of(validator.validate(parser.parse(DECLARATIONS + experiments)));
    }

    @Test
    void validScheduleHasNoIssues() throws Exception {
        assertEquals("", issues("""
                experiment e { device cell apply lamp, p at 0.5 s, repeat 3 { q, repeat 2 { p } },
                               q after p + 1 ms, q at 1 s
                               measure epsc measure retention
                               expect max epsc.epsc >= 0 A
                               expect first retention.normalised = 1 ± 1 %
                               expect last epsc.epsc = 1 nA ± 100 % }
                """));
    }

    @Test
    void scheduleProblemsAreNamedWhereTheyAre() throws Exception {
        assertEquals("""
                ERROR 5:43 invalidExperiment 'p' starts at 0 s while the electrical channel is busy until 0.001 s (stimuli of one channel do not overlap)
                ERROR 6:38 invalidExperiment 'p' is not applied before this stimulus; 'after' refers to an earlier one
                ERROR 7:54 timedInRepeat inside 'repeat' stimuli follow one another; 'at' fixes one time, use 'after' or move it out
                ERROR 8:44 repeatCount a repeat count is a whole number from 1 to 1000000, not 2.5
                ERROR 9:44 invalidExperiment measurement 'ppf' needs pulses in pairs, got 3 pulses
                ERROR 10:40 invalidExperiment measurement 'retention' needs programming pulses followed by smaller read pulses or by a constant read bias
                ERROR 11:42 invalidExperiment measurement 'arrhenius' compares runs at several temperatures: give the experiment temperatures = [T1, T2, …] with at least 2 values
                ERROR 12:12 invalidExperiment experiment 'huge': the run would record 1e9 samples (about 56000 MB), more than max_samples = 5e6: sample more coarsely or raise max_samples
                WARNING 13:12 lightOutlastsElectrical the light goes on 0.999 s after the last electrical stimulus ends, and the run lasts until it ends (1 s in all)""",
                issues("""
                        experiment overlap { device cell apply p, p at 0 s }
                        experiment early { device cell apply q after p, p }
                        experiment timed { device cell apply repeat 2 { p at 1 s } }
                        experiment half { device cell apply repeat 2.5 { p } }
                        experiment odd { device cell apply p, p, p measure ppf }
                        experiment reads { device cell apply q measure retention }
                        experiment cold { device cell apply p, q measure arrhenius }
                        experiment huge { device cell apply lamp, p sample = 1 ns }
                        experiment dawn { device cell apply p, lamp }
                        """));
    }

    @Test
    void expectationProblemsAreNamedWhereTheyAre() throws Exception {
        assertEquals("""
                ERROR 6:23 unknownStatistic unknown statistic 'mode'; known: first, last, min, max, mean, median, count
                ERROR 7:23 unknownExpectedOutput experiment 'e' measures no 'ppf'; it measures: epsc
                ERROR 8:44 invalidExpectation a tolerance in 's' does not fit the value in 'nA'; give it in the value's unit or in %
                ERROR 9:39 invalidExpectation a tolerance is >= 0""",
                issues("""
                        experiment e { device cell apply p measure epsc
                                       expect mode epsc.epsc = 1 nA ± 1 %
                                       expect ppf.ppf_percent = 100 ± 10 %
                                       expect epsc.epsc = 1 nA ± 1 s
                                       expect epsc.epsc = 1 ± -1 }
                        """));
    }

    @Test
    void figureSourcesAreOutputsOfThisFile() throws Exception {
        assertEquals("""
                ERROR 6:25 unknownFigureSource experiment 'a' measures no 'ppf'; it measures: epsc""",
                issues("""
                        experiment a { device cell apply p measure epsc }
                        figure both { a.epsc, a.ppf }
                        """));
    }
}
