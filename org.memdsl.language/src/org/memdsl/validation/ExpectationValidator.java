package org.memdsl.validation;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.xtext.validation.Check;
import org.memdsl.compiler.ExpectationCompiler;
import org.memdsl.compiler.MemDslCompiler;
import org.memdsl.memDsl.Element;
import org.memdsl.memDsl.Expectation;
import org.memdsl.memDsl.Experiment;
import org.memdsl.memDsl.Measurement;
import org.memdsl.memDsl.MemDslPackage;
import org.memdsl.memDsl.Model;
import org.memdsl.memDsl.Protocol;
import org.memdsl.memDsl.Quantity;
import org.memdsl.memDsl.Reading;
import org.memdsl.memDsl.Report;
import org.memdsl.memDsl.Study;
import org.memdsl.runtime.result.Expectation.Statistic;
import org.memdsl.units.UnitException;
import org.memdsl.units.UnitParser;

/**
 * Rules on {@code expect} and {@code report} lines: a known statistic, an output the experiment or
 * protocol writes, a sound tolerance.
 */
public class ExpectationValidator extends MemDslRuleValidator {

    @Check
    public void checkStatistic(Reading reading) {
        if (reading.getStatistic() != null && Statistic.of(reading.getStatistic()).isEmpty()) {
            error("unknown statistic '" + reading.getStatistic() + "'; known: " + Statistic.names(),
                    reading, MemDslPackage.Literals.READING__STATISTIC, IssueCodes.UNKNOWN_STATISTIC);
        }
    }

    /** The measurements of a block that expects or reports: an experiment's with its protocol's, or a protocol's. */
    static List<Measurement> measurements(EObject block) {
        if (block instanceof Protocol protocol) {
            return protocol.getMeasurements();
        }
        Experiment experiment = (Experiment) block;
        List<Measurement> all = new ArrayList<>(experiment.getMeasurements());
        if (experiment.getUse() != null && experiment.getUse().getProtocol() != null
                && !experiment.getUse().getProtocol().eIsProxy()) {
            all.addAll(experiment.getUse().getProtocol().getMeasurements());
        }
        return all;
    }

    /** The output names of a block's measurements. */
    static Set<String> outputs(EObject block) {
        Set<String> outputs = new TreeSet<>();
        for (Measurement m : measurements(block)) {
            outputs.add(MemDslCompiler.outputName(m));
        }
        return outputs;
    }

    /** Whether the block writes {@code output}: a measurement's, or one at one of its temperatures. */
    static boolean writes(EObject block, String output) {
        return outputs(block).stream().anyMatch(name -> output.equals(name) || output.startsWith(name + "_"));
    }

    /** The output is a measurement of this experiment or protocol, or its output at one of the temperatures. */
    @Check
    public void checkOutputIsMeasured(Reading reading) {
        EObject line = reading.eContainer();
        EObject block = reading.getExperiment() != null && !reading.getExperiment().eIsProxy()
                ? reading.getExperiment() : line.eContainer();
        if (reading.getExperiment() != null && reading.getExperiment().eIsProxy() || block instanceof Study) {
            return; // a study's reports are checked against its experiment by StudyValidator
        }
        checkMeasured(block, reading.getOutput(), reading, MemDslPackage.Literals.READING__OUTPUT,
                line instanceof Report ? IssueCodes.UNKNOWN_REPORTED_OUTPUT : IssueCodes.UNKNOWN_EXPECTED_OUTPUT);
    }

    /**
     * An output of another experiment is read after that experiment ran: one declared earlier in
     * this file, and never from a protocol, which runs on whatever device applies it.
     */
    @Check
    public void checkNamedExperimentRunsBefore(Reading reading) {
        Experiment named = reading.getExperiment();
        if (named == null || named.eIsProxy()) {
            return;
        }
        EObject block = reading.eContainer().eContainer();
        if (block instanceof Study) {
            error("a study reads the outputs of its own experiment, without naming it", reading,
                    MemDslPackage.Literals.READING__EXPERIMENT, IssueCodes.INVALID_STUDY);
            return;
        }
        if (!(block instanceof Experiment own)) {
            error("a protocol reads only its own outputs; compare experiments in the experiment that applies it",
                    reading, MemDslPackage.Literals.READING__EXPERIMENT, IssueCodes.LATER_EXPERIMENT);
            return;
        }
        List<?> elements = ((Model) own.eContainer()).getElements();
        if (named.eResource() != own.eResource() || elements.indexOf(named) >= elements.indexOf(own)) {
            error("'" + named.getName() + "' does not run before '" + own.getName() + "'; an expectation reads "
                    + "experiments declared above it in this file", reading, MemDslPackage.Literals.READING__EXPERIMENT,
                    IssueCodes.LATER_EXPERIMENT);
        }
    }

    private void checkMeasured(EObject block, String output, EObject at, EStructuralFeature feature, String code) {
        if (output == null || writes(block, output)) {
            return;
        }
        Set<String> outputs = outputs(block);
        String noun = block instanceof Protocol ? "protocol '" : "experiment '";
        error(noun + ((Element) block).getName() + "' measures no '" + output + "'; it measures: "
                + (outputs.isEmpty() ? "nothing" : String.join(", ", outputs)), at, feature, code);
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
        checkUnitParses(expectation.getValue());
    }

    @Check
    public void checkRowValueUnit(Reading reading) {
        checkUnitParses(reading.getKeyValue());
    }

    /** A value whose unit is plain or %, or one the unit parser knows. */
    private void checkUnitParses(Quantity value) {
        String unit = value == null ? null : value.getUnit();
        if (unit == null || ExpectationCompiler.PERCENT.equals(unit)) {
            return;
        }
        try {
            UnitParser.parse(unit);
        } catch (UnitException e) {
            error(e.getMessage(), value, MemDslPackage.Literals.QUANTITY__UNIT, IssueCodes.INVALID_EXPECTATION);
        }
    }
}
