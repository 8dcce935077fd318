package org.memdsl.runtime.catalog;

import java.util.List;

/**
 * A named input of a {@link Kind}: its dimension (the SI unit the engine takes it in), its shape,
 * whether a declaration must give it, its default (SI; {@code NaN} when required or not a number),
 * the closed range of meaningful values, a one-line description and the source the default comes
 * from (a citation into {@code docs/}, empty when the default is a plain choice).
 *
 * <p>The language checks every {@code name = value} against this record (name, unit, shape,
 * range), content assist and hover show it, and {@link ParameterValues} resolves values against it.
 */
public record Parameter(String name, Dimension dimension, Shape shape, boolean required, double defaultValue,
        double min, double max, String description, String source, List<String> options) {

    public Parameter {
        if (name == null || !name.matches("[a-z][a-z0-9_]*")) {
            throw new IllegalArgumentException("parameter name '" + name + "' is not a lower-case identifier");
        }
        if (Double.isNaN(min) || Double.isNaN(max) || min > max) {
            throw new IllegalArgumentException("range of " + name + " is not [min, max]: [" + min + ", " + max + "]");
        }
        boolean numeric = shape == Shape.SCALAR || shape == Shape.INTEGER;
        if (numeric && !required && !(min <= defaultValue && defaultValue <= max)) {
            throw new IllegalArgumentException("default of " + name + " outside [" + min + ", " + max + "]");
        }
        if (shape == Shape.INTEGER && !required && defaultValue != Math.rint(defaultValue)) {
            throw new IllegalArgumentException("default of " + name + " is not a whole number");
        }
        if (description == null || description.isBlank()) {
            throw new IllegalArgumentException("parameter " + name + " has no description");
        }
        source = source == null ? "" : source;
        options = options == null ? List.of() : List.copyOf(options);
        if (shape == Shape.CHOICE && (options.isEmpty() || defaultValue < 0 || defaultValue >= options.size())) {
            throw new IllegalArgumentException("choice " + name + " needs options and a default among them");
        }
    }

    /** Every component but the options (none: not a choice). */
    public Parameter(String name, Dimension dimension, Shape shape, boolean required, double defaultValue,
            double min, double max, String description, String source) {
        this(name, dimension, shape, required, defaultValue, min, max, description, source, List.of());
    }

    /** An optional quantity with its default and range. */
    public Parameter(String name, Dimension dimension, double defaultValue, double min, double max,
            String description) {
        this(name, dimension, Shape.SCALAR, false, defaultValue, min, max, description, "");
    }

    /** A quantity a declaration must give, in {@code [min, max]}. */
    public static Parameter required(String name, Dimension dimension, double min, double max, String description) {
        return new Parameter(name, dimension, Shape.SCALAR, true, Double.NaN, min, max, description, "");
    }

    /** A quantity a declaration must give, of any finite value. */
    public static Parameter required(String name, Dimension dimension, String description) {
        return required(name, dimension, -Double.MAX_VALUE, Double.MAX_VALUE, description);
    }

    /** A positive quantity a declaration must give (a width, a period, a frequency). */
    public static Parameter requiredPositive(String name, Dimension dimension, String description) {
        return required(name, dimension, Double.MIN_NORMAL, Double.MAX_VALUE, description);
    }

    /** An optional quantity of any finite value. */
    public static Parameter optional(String name, Dimension dimension, double defaultValue, String description) {
        return new Parameter(name, dimension, defaultValue, -Double.MAX_VALUE, Double.MAX_VALUE, description);
    }

    /** An optional quantity {@code >= 0} (a delay, a rest, an edge). */
    public static Parameter optionalNonNegative(String name, Dimension dimension, double defaultValue,
            String description) {
        return new Parameter(name, dimension, defaultValue, 0, Double.MAX_VALUE, description);
    }

    /** An optional whole number in {@code [min, max]}. */
    public static Parameter count(String name, long defaultValue, long min, long max, String description) {
        return new Parameter(name, Dimension.DIMENSIONLESS, Shape.INTEGER, false, defaultValue, min, max,
                description, "");
    }

    /** A whole number a declaration must give, in {@code [min, max]}. */
    public static Parameter requiredCount(String name, long min, long max, String description) {
        return new Parameter(name, Dimension.DIMENSIONLESS, Shape.INTEGER, true, Double.NaN, min, max, description,
                "");
    }

    /** A list of quantities a declaration must give; each item in {@code [min, max]}. */
    public static Parameter list(String name, Dimension dimension, double min, double max, String description) {
        return new Parameter(name, dimension, Shape.LIST, true, Double.NaN, min, max, description, "");
    }

    /** A list of finite quantities a declaration must give. */
    public static Parameter list(String name, Dimension dimension, String description) {
        return list(name, dimension, -Double.MAX_VALUE, Double.MAX_VALUE, description);
    }

    /** A data file a declaration must name. */
    public static Parameter file(String name, String description) {
        return new Parameter(name, Dimension.DIMENSIONLESS, Shape.FILE, true, Double.NaN, Double.NEGATIVE_INFINITY,
                Double.POSITIVE_INFINITY, description, "");
    }

    /** One of named options, {@code defaultOption} unless the declaration picks another. */
    public static Parameter choice(String name, String defaultOption, List<String> options, String description) {
        int index = options.indexOf(defaultOption);
        return new Parameter(name, Dimension.DIMENSIONLESS, Shape.CHOICE, false, index < 0 ? -1 : index, 0,
                options.size(), description, "", options);
    }

    /** The option a choice takes when the declaration names none. */
    public String defaultOption() {
        return shape == Shape.CHOICE ? options.get((int) defaultValue) : null;
    }

    public boolean isChoice() {
        return shape == Shape.CHOICE;
    }

    /** This parameter with a default taken from {@code newSource} (a citation into {@code docs/}). */
    public Parameter from(String newSource) {
        return new Parameter(name, dimension, shape, required, defaultValue, min, max, description, newSource,
                options);
    }

    /** This parameter, optional (a file or list that may be left out). */
    public Parameter optional() {
        return new Parameter(name, dimension, shape, false, defaultValue, min, max, description, source, options);
    }

    /** This parameter with another default (a sub-type of a family). */
    public Parameter withDefault(double newDefault) {
        return new Parameter(name, dimension, shape, false, newDefault, min, max, description, source, options);
    }

    public boolean isList() {
        return shape == Shape.LIST;
    }

    public boolean isFile() {
        return shape == Shape.FILE;
    }

    public boolean isInteger() {
        return shape == Shape.INTEGER;
    }

    /** Whether a value (in SI) is within range, and whole where the parameter counts. */
    public boolean accepts(double value) {
        return value >= min && value <= max && (shape != Shape.INTEGER || value == Math.rint(value));
    }

    /** The range for messages, e.g. {@code 0 s … 1000000 s}, {@code > 0 s}, {@code ≥ 0 s}. */
    public String range() {
        boolean unboundedBelow = min <= -Double.MAX_VALUE;
        boolean unboundedAbove = max >= Double.MAX_VALUE;
        if (unboundedBelow && unboundedAbove) {
            return "any finite value";
        }
        String below = min == Double.MIN_NORMAL ? "> " + dimension.format(0) : "≥ " + dimension.format(min);
        if (unboundedAbove) {
            return below;
        }
        return unboundedBelow ? "≤ " + dimension.format(max)
                : dimension.format(min) + " … " + dimension.format(max);
    }
}
