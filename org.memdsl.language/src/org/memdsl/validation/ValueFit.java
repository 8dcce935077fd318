package org.memdsl.validation;

import java.util.Optional;

import org.memdsl.compiler.Quantities;
import org.memdsl.memDsl.Choice;
import org.memdsl.memDsl.FileName;
import org.memdsl.memDsl.ParameterUse;
import org.memdsl.memDsl.QuantityList;
import org.memdsl.memDsl.Value;
import org.memdsl.runtime.catalog.Parameter;
import org.memdsl.units.UnitException;

/**
 * Whether a value fits a parameter: its shape (value, list, file, option), the dimension of its
 * unit, the range and whole numbers. Used where a value is checked away from the assignment that
 * uses it: a protocol parameter's default and the arguments a protocol is applied with.
 */
final class ValueFit {

    private ValueFit() {
    }

    /** Why {@code value} does not fit {@code p}, or empty when it does. */
    static Optional<String> misfit(Value value, Parameter p) {
        if (value instanceof ParameterUse) {
            return Optional.of("'" + p.name() + "' takes a value here, not another '$name'");
        }
        if (p.isChoice()) {
            return value instanceof Choice choice && p.options().contains(choice.getOption()) ? Optional.empty()
                    : Optional.of("'" + p.name() + "' takes one of: " + String.join(", ", p.options()));
        }
        if (p.isFile() || value instanceof FileName) {
            return p.isFile() == value instanceof FileName ? Optional.empty()
                    : Optional.of(p.isFile() ? "'" + p.name() + "' takes a file name in quotes"
                            : "'" + p.name() + "' takes a value with a unit, not a file name");
        }
        if (value instanceof Choice) {
            return Optional.of("'" + p.name() + "' takes a value, not a name");
        }
        if (p.isList() != value instanceof QuantityList) {
            return Optional.of(p.isList() ? "'" + p.name() + "' takes a list such as [1 ms, 2 ms]"
                    : "'" + p.name() + "' takes a single value, not a list");
        }
        try {
            for (double si : Quantities.toSi(value, p.dimension())) {
                if (!Double.isFinite(si) || si < p.min() || si > p.max()) {
                    return Optional.of(p.name() + " = " + p.dimension().format(si) + " is outside the allowed range "
                            + p.range());
                }
                if (p.isInteger() && si != Math.rint(si)) {
                    return Optional.of(p.name() + " takes a whole number, not " + p.dimension().format(si));
                }
            }
        } catch (UnitException e) {
            return Optional.of(e.getMessage() + " for '" + p.name() + "'");
        }
        return Optional.empty();
    }
}
