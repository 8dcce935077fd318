package org.memdsl.runtime.catalog;

import java.nio.file.Path;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What a declaration gave, before defaults: numbers in SI units by name (one item for a scalar,
 * several for a list) and data files (resolved paths) by name.
 */
public record Values(Map<String, double[]> numbers, Map<String, Path> files, Map<String, String> choices) {

    public static final Values NONE = new Values(Map.of(), Map.of(), Map.of());

    public Values {
        Map<String, double[]> copy = new LinkedHashMap<>();
        numbers.forEach((k, v) -> copy.put(k, v.clone()));
        numbers = Collections.unmodifiableMap(copy);
        files = Collections.unmodifiableMap(new LinkedHashMap<>(files));
        choices = Collections.unmodifiableMap(new LinkedHashMap<>(choices));
    }

    /** Numbers and files, no choices. */
    public Values(Map<String, double[]> numbers, Map<String, Path> files) {
        this(numbers, files, Map.of());
    }

    /** Scalars only. */
    public static Values of(Map<String, Double> scalars) {
        return of(scalars, Map.of());
    }

    public static Values of(Map<String, Double> scalars, Map<String, Path> files) {
        Map<String, double[]> numbers = new HashMap<>();
        scalars.forEach((k, v) -> numbers.put(k, new double[] { v }));
        return new Values(numbers, files);
    }

    /** Values built one by one, e.g. {@code Values.builder().set("width", 5e-3).list("intervals", 1e-3, 5e-3)}. */
    public static Builder builder() {
        return new Builder();
    }

    /** Collects values in SI units; {@link #build()} makes the record. */
    public static final class Builder {

        private final Map<String, double[]> numbers = new LinkedHashMap<>();
        private final Map<String, Path> files = new LinkedHashMap<>();
        private final Map<String, String> choices = new LinkedHashMap<>();

        private Builder() {
        }

        public Builder set(String name, double value) {
            numbers.put(name, new double[] { value });
            return this;
        }

        public Builder list(String name, double... items) {
            numbers.put(name, items.clone());
            return this;
        }

        public Builder file(String name, Path path) {
            files.put(name, path);
            return this;
        }

        public Builder choose(String name, String option) {
            choices.put(name, option);
            return this;
        }

        public Values build() {
            return new Values(numbers, files, choices);
        }
    }

    public boolean isEmpty() {
        return numbers.isEmpty() && files.isEmpty() && choices.isEmpty();
    }
}
