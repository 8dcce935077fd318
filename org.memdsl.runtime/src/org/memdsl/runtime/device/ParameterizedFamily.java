package org.memdsl.runtime.device;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.memdsl.runtime.catalog.AbstractKind;
import org.memdsl.runtime.catalog.Parameter;
import org.memdsl.runtime.catalog.ParameterValues;
import org.memdsl.runtime.catalog.Values;

/** A device family defined by its name, description and parameter list; subclasses build the model. */
public abstract class ParameterizedFamily extends AbstractKind implements DeviceFamily {

    protected ParameterizedFamily(String name, String description, List<Parameter> parameters) {
        super(name, description, DeviceGeometry.withGeometry(parameters));
    }

    protected ParameterizedFamily(String name, String description, List<Parameter> parameters, String source) {
        super(name, description, DeviceGeometry.withGeometry(parameters), source);
    }

    /**
     * {@code parameters} with some defaults replaced: a preset of a family under another name (a
     * sub-type, a device on another substrate).
     *
     * @throws IllegalArgumentException when {@code defaults} names a parameter the list lacks
     */
    protected static List<Parameter> withDefaults(List<Parameter> parameters, Map<String, Double> defaults) {
        for (String name : defaults.keySet()) {
            if (parameters.stream().noneMatch(p -> p.name().equals(name))) {
                throw new IllegalArgumentException("a preset's default for unknown parameter '" + name + "'");
            }
        }
        List<Parameter> specs = new ArrayList<>();
        for (Parameter p : parameters) {
            Double value = defaults.get(p.name());
            specs.add(value == null ? p : p.withDefault(value));
        }
        return specs;
    }

    @Override
    public final DeviceModel create(Values given) {
        ParameterValues values = values(given);
        // The geometry scales what an experiment reports, not the model's state equations.
        values.get(DeviceGeometry.AREA);
        return create(values);
    }

    /** Builds the model from values that are complete (defaults filled in) and within range. */
    protected abstract DeviceModel create(ParameterValues values);
}
