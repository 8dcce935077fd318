package org.memdsl.reference;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.memdsl.runtime.catalog.Dimension;
import org.memdsl.runtime.catalog.Kind;
import org.memdsl.runtime.catalog.Parameter;

/** A kind's parameters and example written as {@code .mem} text, for the reference, hover and templates. */
public final class KindText {

    private KindText() {
    }

    /** A number as a {@code .mem} file writes it: no trailing {@code .0}, exponent where it is shorter. */
    public static String number(double value) {
        if (value == Math.rint(value) && Math.abs(value) < 1e15) {
            return Long.toString((long) value);
        }
        String plain = Double.toString(value);
        return plain.replace("E", "e");
    }

    /** A value with its SI unit, e.g. {@code 0.005 s}; a plain number where the dimension has none. */
    public static String quantity(double value, Dimension dimension) {
        return dimension.siSymbol().isEmpty() ? number(value) : number(value) + " " + dimension.siSymbol();
    }

    /** The example's assignments, e.g. {@code amplitude = 1 V  width = 0.005 s}, in parameter order. */
    public static String example(Kind kind) {
        List<String> parts = new ArrayList<>();
        Map<String, double[]> numbers = kind.example().numbers();
        Map<String, String> choices = kind.example().choices();
        for (Parameter p : kind.parameters()) {
            if (choices.containsKey(p.name())) {
                parts.add(p.name() + " = " + choices.get(p.name()));
                continue;
            }
            double[] v = numbers.get(p.name());
            if (v == null) {
                continue;
            }
            if (p.isList()) {
                List<String> items = new ArrayList<>();
                for (double item : v) {
                    items.add(quantity(item, p.dimension()));
                }
                parts.add(p.name() + " = [" + String.join(", ", items) + "]");
            } else {
                parts.add(p.name() + " = " + quantity(v[0], p.dimension()));
            }
        }
        return String.join("  ", parts);
    }

    /** What a parameter takes and its default, e.g. {@code time (s), default 0 s}. */
    public static String takes(Parameter p) {
        String what = switch (p.shape()) {
            case FILE -> "a file name in quotes";
            case CHOICE -> "one of " + String.join(", ", p.options());
            case INTEGER -> "a whole number";
            case LIST -> "a list, " + dimension(p.dimension());
            case SCALAR -> dimension(p.dimension());
        };
        if (p.required()) {
            return what + ", required";
        }
        if (p.isChoice()) {
            return what + ", default " + p.defaultOption();
        }
        return p.isFile() || p.isList() ? what + ", optional" : what + ", default " + quantity(p.defaultValue(),
                p.dimension());
    }

    private static String dimension(Dimension d) {
        return d == Dimension.DIMENSIONLESS ? "a plain number"
                : d.name().toLowerCase().replace('_', ' ') + " (" + d.siSymbol() + ")";
    }
}
