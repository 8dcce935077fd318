package org.memdsl.compiler;

import org.eclipse.xtext.nodemodel.ICompositeNode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.memdsl.memDsl.Expectation;
import org.memdsl.memDsl.Quantity;
import org.memdsl.memDsl.Reading;
import org.memdsl.runtime.result.Expectation.Relation;
import org.memdsl.runtime.result.Expectation.Statistic;
import org.memdsl.units.UnitException;
import org.memdsl.units.UnitParser;

/**
 * {@code expect [statistic] output.column = value ± tolerance}: the value in SI (a number without a
 * unit, or in %, is taken as the column holds it); a tolerance in % is relative, any other absolute.
 */
public final class ExpectationCompiler {

    public static final String PERCENT = "%";

    private ExpectationCompiler() {
    }

    public static org.memdsl.runtime.result.Expectation compile(Expectation e) {
        double value = plainOrSi(e.getValue());
        Quantity tolerance = e.getTolerance();
        boolean relative = tolerance != null && PERCENT.equals(tolerance.getUnit());
        double allowed = tolerance == null ? 0.0 : relative ? magnitude(tolerance) / 100 : plainOrSi(tolerance);
        Relation relation = relation(e.getBound());
        try {
            return new org.memdsl.runtime.result.Expectation(reading(e.getReading()),
                    e.getDivisor() == null ? null : reading(e.getDivisor()), relation, value, allowed, relative,
                    text(e), display(e.getValue()));
        } catch (IllegalArgumentException x) {
            throw new CompileException(x.getMessage(), e);
        }
    }

    private static Relation relation(String bound) {
        if (bound == null) {
            return Relation.WITHIN;
        }
        return switch (bound) {
            case ">=", "≥" -> Relation.AT_LEAST;
            case "<=", "≤" -> Relation.AT_MOST;
            case ">" -> Relation.ABOVE;
            default -> Relation.BELOW;
        };
    }

    /** A reading of an output: its statistic (first by default), and the value picking rows in SI (or as written). */
    public static org.memdsl.runtime.result.Reading reading(Reading r) {
        String experiment = r.getExperiment() == null ? null : r.getExperiment().getName();
        return new org.memdsl.runtime.result.Reading(experiment, r.getOutput(), r.getColumn(), statistic(r),
                r.getKey(), r.getKeyValue() == null ? Double.NaN : plainOrSi(r.getKeyValue()));
    }

    public static Statistic statistic(Reading r) {
        if (r.getStatistic() == null) {
            return Statistic.FIRST;
        }
        return Statistic.of(r.getStatistic()).orElseThrow(() -> new CompileException("unknown statistic '"
                + r.getStatistic() + "'; known: " + Statistic.names(), r));
    }

    /** The expectation as the spec writes it. */
    public static String text(Expectation e) {
        ICompositeNode node = NodeModelUtils.getNode(e);
        return node == null ? e.getReading().getOutput() + "." + e.getReading().getColumn()
                : NodeModelUtils.getTokenText(node);
    }

    /** The value's unit for reports: as written, with its size in SI. */
    private static org.memdsl.runtime.result.Expectation.Display display(Quantity q) {
        if (q.getUnit() == null || PERCENT.equals(q.getUnit())) {
            return new org.memdsl.runtime.result.Expectation.Display(q.getUnit() == null ? "" : PERCENT, 1.0);
        }
        try {
            return new org.memdsl.runtime.result.Expectation.Display(q.getUnit(),
                    UnitParser.toSystemUnit(1.0, q.getUnit()));
        } catch (UnitException x) {
            throw new CompileException(x.getMessage(), q);
        }
    }

    private static double magnitude(Quantity q) {
        return q.isNegative() ? -q.getMagnitude() : q.getMagnitude();
    }

    private static double plainOrSi(Quantity q) {
        if (q.getUnit() == null || PERCENT.equals(q.getUnit())) {
            return magnitude(q);
        }
        try {
            return UnitParser.toSystemUnit(magnitude(q), q.getUnit());
        } catch (UnitException x) {
            throw new CompileException(x.getMessage(), q);
        }
    }
}
