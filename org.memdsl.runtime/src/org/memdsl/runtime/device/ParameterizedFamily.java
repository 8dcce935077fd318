package org.memdsl.runtime.device;

import java.util.List;

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
