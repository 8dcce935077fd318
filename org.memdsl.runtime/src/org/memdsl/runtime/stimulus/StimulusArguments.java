package org.memdsl.runtime.stimulus;

import java.util.List;
import java.util.Map;

/** Argument values given to a stimulus kind, in SI units, with the kind's defaults filled in. */
public final class StimulusArguments {

    private final String kind;
    private final Map<String, double[]> given;
    private final List<ArgumentSpec> specs;

    public StimulusArguments(String kind, List<ArgumentSpec> specs, Map<String, double[]> given) {
        this.kind = kind;
        this.specs = specs;
        this.given = Map.copyOf(given);
        for (String name : given.keySet()) {
            if (specs.stream().noneMatch(s -> s.name().equals(name))) {
                throw new IllegalArgumentException("stimulus kind '" + kind + "' has no argument '" + name + "'");
            }
        }
    }

    private ArgumentSpec spec(String name) {
        return specs.stream().filter(s -> s.name().equals(name)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("stimulus kind '" + kind + "' has no argument '"
                        + name + "'"));
    }

    public double scalar(String name) {
        ArgumentSpec spec = spec(name);
        double[] value = given.get(name);
        if (value == null) {
            if (spec.isRequired()) {
                throw new IllegalArgumentException("stimulus kind '" + kind + "' needs '" + name + "'");
            }
            return spec.defaultValue();
        }
        if (value.length != 1) {
            throw new IllegalArgumentException(kind + "." + name + " takes one value, got " + value.length);
        }
        return value[0];
    }

    /** Whether the spec gave this argument (rather than leaving it to its default). */
    public boolean has(String name) {
        spec(name);
        return given.containsKey(name);
    }

    public int count(String name) {
        double v = scalar(name);
        if (v != Math.rint(v) || v < 1) {
            throw new IllegalArgumentException(kind + "." + name + " must be a whole number >= 1, got " + v);
        }
        return (int) v;
    }

    public double[] list(String name) {
        spec(name);
        double[] value = given.get(name);
        if (value == null) {
            throw new IllegalArgumentException("stimulus kind '" + kind + "' needs '" + name + "'");
        }
        return value.clone();
    }
}
