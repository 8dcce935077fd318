package org.memdsl.validation;

import java.util.Set;
import java.util.TreeSet;

import org.eclipse.xtext.validation.Check;
import org.memdsl.compiler.ExpectationCompiler;
import org.memdsl.compiler.MemDslCompiler;
import org.memdsl.memDsl.Expectation;
import org.memdsl.memDsl.Experiment;
import org.memdsl.memDsl.Measurement;
import org.memdsl.memDsl.MemDslPackage;
import org.memdsl.memDsl.Quantity;
import org.memdsl.runtime.result.Expectation.Statistic;
import org.memdsl.units.UnitException;
import org.memdsl.units.UnitParser;

/** Rules on {@code expect} lines: a known statistic, an output the experiment writes, a sound tolerance. */
public class ExpectationValidator extends MemDslRuleValidator {

    @Check
    public void checkStatistic(Expectation expectation) {
        if (expectation.getStatistic() != null && Statistic.of(expectation.getStatistic()).isEmpty()) {
            error("unknown statistic '" + expectation.getStatistic() + "'; known: first, last, min, max, mean, median",
                    expectation, MemDslPackage.Literals.EXPECTATION__STATISTIC, IssueCodes.UNKNOWN_STATISTIC);
        }
    }

    /** The output names of an experiment's measurements. */
    static Set<String> outputs(Experiment experiment) {
        Set<String> outputs = new TreeSet<>();
        for (Measurement m : experiment.getMeasurements()) {
            outputs.add(MemDslCompiler.outputName(m));
        }
        return outputs;
    }

    /** Whether the experiment writes {@code output}: a measurement's, or one at one of its temperatures. */
    static boolean writes(Experiment experiment, String output) {
        return outputs(experiment).stream().anyMatch(name -> output.equals(name) || output.startsWith(name + "_"));
    }

    /** The output is a measurement of this experiment, or its output at one of the temperatures. */
    @Check
    public void checkOutputIsMeasured(Expectation expectation) {
        Experiment experiment = (Experiment) expectation.eContainer();
        Set<String> outputs = outputs(experiment);
        if (!writes(experiment, expectation.getOutput())) {
            error("experiment '" + experiment.getName() + "' measures no '" + expectation.getOutput()
                    + "'; it measures: " + (outputs.isEmpty() ? "nothing" : String.join(", ", outputs)), expectation,
                    MemDslPackage.Literals.EXPECTATION__OUTPUT, IssueCodes.UNKNOWN_EXPECTED_OUTPUT);
        }
    }

    @Check
    public void checkTolerance(Expectation expectation) {
        Quantity tolerance = expectation.getTolerance();
        Quantity value = expectation.getValue();
        if (tolerance == null) {
            return;
        }
        if (tolerance.isNegative()) {
            error("a tolerance is >= 0", tolerance, null, IssueCodes.INVALID_EXPECTATION);
            return;
        }
        String unit = tolerance.getUnit();
        if (unit == null || ExpectationCompiler.PERCENT.equals(unit)) {
            return;
        }
        try {
            if (value.getUnit() == null || ExpectationCompiler.PERCENT.equals(value.getUnit())
                    || !UnitParser.compatible(unit, value.getUnit())) {
                error("a tolerance in '" + unit + "' does not fit the value" + (value.getUnit() == null ? ""
                        : " in '" + value.getUnit() + "'") + "; give it in the value's unit or in %", tolerance,
                        MemDslPackage.Literals.QUANTITY__UNIT, IssueCodes.INVALID_EXPECTATION);
            }
        } catch (UnitException e) {
            error(e.getMessage(), tolerance, MemDslPackage.Literals.QUANTITY__UNIT, IssueCodes.INVALID_EXPECTATION);
        }
    }

    @Check
    public void checkValueUnit(Expectation expectation) {
        String unit = expectation.getValue().getUnit();
        if (unit == null || ExpectationCompiler.PERCENT.equals(unit)) {
            return;
        }
        try {
            UnitParser.parse(unit);
        } catch (UnitException e) {
            error(e.getMessage(), expectation.getValue(), MemDslPackage.Literals.QUANTITY__UNIT,
                    IssueCodes.INVALID_EXPECTATION);
        }
    }
}
