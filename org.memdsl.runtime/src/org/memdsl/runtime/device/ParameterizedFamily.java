package org.memdsl.runtime.device;

import java.util.List;

import org.memdsl.runtime.catalog.AbstractKind;
import org.memdsl.runtime.catalog.Parameter;
import org.memdsl.runtime.catalog.ParameterValues;
import org.memdsl.runtime.catalog.Values;

/** A device family defined by its name, description and parameter list; subclasses build the model. */
public abstract class ParameterizedFamily extends AbstractKind implements DeviceFamily {

    protected ParameterizedFamily(String name, String description, List<Parameter> parameters) {
        super(name, description, parameters);
    }

    protected ParameterizedFamily(String name, String description, List<Parameter> parameters, String source) {
        super(name, description, parameters, source);
    }

    @Override
    public final DeviceModel create(Values given) {
        return create(values(given));
    }

    /** Builds the model from values that are complete (defaults filled in) and within range. */
    protected abstract DeviceModel create(ParameterValues values);
}
