package org.memdsl.compiler;

import org.eclipse.xtext.nodemodel.ICompositeNode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.memdsl.memDsl.Expectation;
import org.memdsl.memDsl.Quantity;
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
        Statistic statistic = statistic(e);
        double value = plainOrSi(e.getValue());
        Quantity tolerance = e.getTolerance();
        boolean relative = tolerance != null && PERCENT.equals(tolerance.getUnit());
        double allowed = tolerance == null ? 0.0 : relative ? magnitude(tolerance) / 100 : plainOrSi(tolerance);
        Relation relation = e.getBound() == null ? Relation.WITHIN
                : e.getBound().startsWith(">") || e.getBound().equals("≥") ? Relation.AT_LEAST : Relation.AT_MOST;
        try {
            return new org.memdsl.runtime.result.Expectation(e.getOutput(), e.getColumn(), statistic, relation, value,
                    allowed, relative, text(e), display(e.getValue()));
        } catch (IllegalArgumentException x) {
            throw new CompileException(x.getMessage(), e);
        }
    }

    public static Statistic statistic(Expectation e) {
        if (e.getStatistic() == null) {
            return Statistic.FIRST;
        }
        return Statistic.of(e.getStatistic()).orElseThrow(() -> new CompileException("unknown statistic '"
                + e.getStatistic() + "'; known: first, last, min, max, mean, median", e));
    }

    /** The expectation as the spec writes it. */
    public static String text(Expectation e) {
        ICompositeNode node = NodeModelUtils.getNode(e);
        return node == null ? e.getOutput() + "." + e.getColumn() : NodeModelUtils.getTokenText(node);
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
