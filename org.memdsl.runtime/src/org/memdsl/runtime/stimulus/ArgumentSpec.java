package org.memdsl.runtime.stimulus;

import org.memdsl.runtime.device.Dimension;

/**
 * A named argument of a stimulus kind: its dimension, whether it takes a list of values, and its
 * default in SI units ({@code NaN} when the argument is required).
 */
public record ArgumentSpec(String name, Dimension dimension, boolean list, double defaultValue, String description) {

    public static ArgumentSpec required(String name, Dimension dimension, String description) {
        return new ArgumentSpec(name, dimension, false, Double.NaN, description);
    }

    public static ArgumentSpec optional(String name, Dimension dimension, double defaultValue, String description) {
        return new ArgumentSpec(name, dimension, false, defaultValue, description);
    }

    public static ArgumentSpec requiredList(String name, Dimension dimension, String description) {
        return new ArgumentSpec(name, dimension, true, Double.NaN, description);
    }

    public boolean isRequired() {
        return Double.isNaN(defaultValue);
    }
}
