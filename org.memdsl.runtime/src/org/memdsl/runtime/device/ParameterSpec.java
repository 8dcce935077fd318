package org.memdsl.runtime.device;

/**
 * A named, dimensioned parameter of a device model, with its default value in SI units and the
 * closed range of physically meaningful values.
 */
public record ParameterSpec(String name, Dimension dimension, double defaultValue, double min, double max,
        String description) {

    public ParameterSpec {
        if (!(min <= defaultValue && defaultValue <= max)) {
            throw new IllegalArgumentException("default of " + name + " outside [" + min + ", " + max + "]");
        }
    }

    public boolean accepts(double value) {
        return value >= min && value <= max;
    }
}
