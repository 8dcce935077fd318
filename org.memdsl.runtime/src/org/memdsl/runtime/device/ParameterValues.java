package org.memdsl.runtime.device;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Resolves a family's parameter values from what a spec gave and the family's defaults. */
public final class ParameterValues {

    private final Map<String, Double> values = new HashMap<>();

    public ParameterValues(String family, List<ParameterSpec> specs, Map<String, Double> given) {
        for (ParameterSpec spec : specs) {
            values.put(spec.name(), spec.defaultValue());
        }
        for (Map.Entry<String, Double> entry : given.entrySet()) {
            ParameterSpec spec = specs.stream().filter(s -> s.name().equals(entry.getKey())).findFirst()
                    .orElseThrow(() -> new IllegalArgumentException(
                            "device family '" + family + "' has no parameter '" + entry.getKey() + "'"));
            if (!spec.accepts(entry.getValue())) {
                throw new IllegalArgumentException(String.format("%s.%s = %g %s is outside [%g, %g]", family,
                        spec.name(), entry.getValue(), spec.dimension().siSymbol(), spec.min(), spec.max()));
            }
            values.put(spec.name(), entry.getValue());
        }
    }

    public double get(String name) {
        Double v = values.get(name);
        if (v == null) {
            throw new IllegalArgumentException("no parameter '" + name + "'");
        }
        return v;
    }
}
