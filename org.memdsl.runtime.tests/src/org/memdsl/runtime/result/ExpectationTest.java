package org.memdsl.runtime.result;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.memdsl.runtime.result.Expectation.Display;
import org.memdsl.runtime.result.Expectation.Relation;
import org.memdsl.runtime.result.Expectation.Statistic;

/** Expectations reduce a column by their statistic and accept within their tolerance or bound. */
class ExpectationTest {

    private static final RunResult RUN = new RunResult("e", List.of(new ResultTable("epsc",
            List.of(Column.of("pulse", Column.ONE), Column.of("epsc", "A")),
            new double[][] { { 1, 2, 3, 4 }, { 1e-9, 4e-9, 2e-9, 3e-9 } })), List.of());

    private static Expectation of(Statistic statistic, Relation relation, double expected, double tolerance,
            boolean relative) {
        return new Expectation(Reading.of("epsc", "epsc", statistic), null, relation, expected, tolerance, relative,
                "expect …", new Display("nA", 1e-9));
    }

    @Test
    void statisticsOfAColumn() {
        assertEquals(1e-9, of(Statistic.FIRST, Relation.WITHIN, 0, 0, false).measure(RUN));
        assertEquals(3e-9, of(Statistic.LAST, Relation.WITHIN, 0, 0, false).measure(RUN));
        assertEquals(1e-9, of(Statistic.MIN, Relation.WITHIN, 0, 0, false).measure(RUN));
        assertEquals(4e-9, of(Statistic.MAX, Relation.WITHIN, 0, 0, false).measure(RUN));
        assertEquals(2.5e-9, of(Statistic.MEAN, Relation.WITHIN, 0, 0, false).measure(RUN), 1e-24);
        assertEquals(2.5e-9, of(Statistic.MEDIAN, Relation.WITHIN, 0, 0, false).measure(RUN), 1e-24);
    }

    @Test
    void toleranceAndBounds() {
        Expectation tenPercent = of(Statistic.MAX, Relation.WITHIN, 3.7e-9, 0.1, true);
        assertTrue(tenPercent.accepts(4e-9));
        assertFalse(tenPercent.accepts(4.1e-9));
        assertFalse(tenPercent.accepts(Double.NaN));
        assertTrue(of(Statistic.MAX, Relation.AT_LEAST, 4e-9, 0, false).accepts(4e-9));
        assertFalse(of(Statistic.MAX, Relation.AT_MOST, 3e-9, 0, false).accepts(4e-9));
        assertEquals("3.7 nA ± 10 %", tenPercent.expectedText());
        ExpectationCheck check = ExpectationCheck.of(tenPercent, RUN);
        assertEquals("4 nA (expected 3.7 nA ± 10 %): met", check.summary());
    }

    /** Rows picked by the nearest value of another column; all rows at that value feed the statistic. */
    @Test
    void rowsPickedByAnotherColumnAndRatios() {
        RunResult loop = new RunResult("e", List.of(new ResultTable("iv",
                List.of(Column.stated("voltage", "V"), Column.of("current", "A")),
                new double[][] { { 0, 0.5, 1.0, 0.5, 0 }, { 0, 1e-9, 5e-9, 3e-9, 0 } })), List.of());
        assertEquals(5e-9, new Reading(null, "iv", "current", Statistic.FIRST, "voltage", 0.9).measure(loop));
        assertEquals(3e-9, new Reading(null, "iv", "current", Statistic.MAX, "voltage", 0.5).measure(loop));
        assertEquals(1e-9, new Reading(null, "iv", "current", Statistic.MIN, "voltage", 0.5).measure(loop));
        Expectation ratio = new Expectation(new Reading(null, "iv", "current", Statistic.FIRST, "voltage", 1.0),
                new Reading(null, "iv", "current", Statistic.FIRST, "voltage", 0.5), Relation.WITHIN, 5, 1e-12, false,
                "x", null);
        assertEquals(5.0, ratio.measure(loop), 1e-12);
        assertTrue(ratio.accepts(ratio.measure(loop)));
        assertEquals("first iv.current[voltage = 1]", ratio.reading().describe());
    }

    /** Results that are not rows (a fit's time constant, the crossing points) are read like columns. */
    @Test
    void scalarResultsAreReadLikeColumns() {
        ResultTable loop = new ResultTable("hysteresis", List.of(Column.stated("voltage", "V")),
                new double[][] { { -1, 1 } }, List.of(ScalarResult.numbers("crossing_voltage", "V",
                        new double[] { -1.3, 1.3 }, "none"), ScalarResult.missing("fit_tau1", "s", "too few points")));
        RunResult run = new RunResult("e", List.of(loop), List.of());
        assertEquals(-1.3, Reading.of("hysteresis", "crossing_voltage", Statistic.MIN).measure(run));
        assertEquals(2, Reading.of("hysteresis", "crossing_voltage", Statistic.COUNT).measure(run));
        assertEquals(0, Reading.of("hysteresis", "fit_tau1", Statistic.COUNT).measure(run));
        IllegalArgumentException missing = assertThrows(IllegalArgumentException.class,
                () -> Reading.of("hysteresis", "fit_tau1", Statistic.FIRST).measure(run));
        assertTrue(missing.getMessage().contains("too few points"), missing.getMessage());
        IllegalArgumentException keyed = assertThrows(IllegalArgumentException.class,
                () -> new Reading(null, "hysteresis", "crossing_voltage", Statistic.FIRST, "voltage", 1).measure(run));
        assertTrue(keyed.getMessage().contains("not a column"), keyed.getMessage());
    }

    @Test
    void aMissingColumnIsNotMeasuredAndNotMet() {
        Expectation wrong = new Expectation(Reading.of("epsc", "ppf", Statistic.FIRST), null, Relation.WITHIN, 1, 0,
                false, "x", null);
        ExpectationCheck check = ExpectationCheck.of(wrong, RUN);
        assertFalse(check.met());
        assertEquals("not measured: output 'epsc' has no column 'ppf'; columns: pulse, epsc", check.summary());
    }
}
