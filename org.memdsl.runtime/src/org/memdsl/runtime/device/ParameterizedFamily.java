package org.memdsl.runtime.device;

import java.util.List;
import java.util.Map;

/** A device family defined by its name, description and parameter list; subclasses build the model. */
public abstract class ParameterizedFamily implements DeviceFamily {

    private final String name;
    private final String description;
    private final List<ParameterSpec> parameters;

    protected ParameterizedFamily(String name, String description, List<ParameterSpec> parameters) {
        this.name = name;
        this.description = description;
        this.parameters = List.copyOf(parameters);
    }

    @Override
    public final String name() {
        return name;
    }

    @Override
    public final String description() {
        return description;
    }

    @Override
    public final List<ParameterSpec> parameters() {
        return parameters;
    }

    @Override
    public final DeviceModel create(Map<String, Double> values) {
        return create(new ParameterValues(name, parameters, values));
    }

    /** Builds the model from values that are complete (defaults filled in) and within range. */
    protected abstract DeviceModel create(ParameterValues values);
}
