package org.memdsl.compiler;

import org.memdsl.memDsl.Quantity;
import org.memdsl.memDsl.QuantityList;
import org.memdsl.memDsl.Value;
import org.memdsl.runtime.catalog.Dimension;
import org.memdsl.units.UnitParser;

/** Values of the syntax tree in SI units. */
public final class Quantities {

    private Quantities() {
    }

    /** @throws org.memdsl.units.UnitException on a unit of the wrong dimension */
    public static double toSi(Quantity quantity, Dimension dimension) {
        double magnitude = quantity.isNegative() ? -quantity.getMagnitude() : quantity.getMagnitude();
        return UnitParser.toSi(magnitude, quantity.getUnit(), dimension);
    }

    /** A scalar gives one element, a list one per item. */
    public static double[] toSi(Value value, Dimension dimension) {
        if (value instanceof Quantity q) {
            return new double[] { toSi(q, dimension) };
        }
        if (!(value instanceof QuantityList list)) {
            throw new CompileException("expected a value with a unit, not a file name", value);
        }
        double[] out = new double[list.getItems().size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = toSi(list.getItems().get(i), dimension);
        }
        return out;
    }
}
