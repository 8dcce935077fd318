package org.memdsl.runtime.stimulus;

import java.util.List;

import org.memdsl.runtime.catalog.AbstractKind;
import org.memdsl.runtime.catalog.Dimension;
import org.memdsl.runtime.catalog.Parameter;
import org.memdsl.runtime.catalog.ParameterValues;

/** A stimulus kind that drives the irradiance, at one wavelength, alongside the electrical stimuli. */
public abstract class OpticalKind extends AbstractKind implements StimulusKind {

    static final Parameter INTENSITY = Parameter.required("intensity", Dimension.IRRADIANCE, 0, Double.MAX_VALUE,
            "irradiance while the light is on");
    static final Parameter WAVELENGTH = Parameter.required("wavelength", Dimension.LENGTH, 10e-9, 100e-6,
            "wavelength of the light");

    protected OpticalKind(String name, String description, List<Parameter> parameters) {
        super(name, description, parameters);
    }

    @Override
    public final Channel channel() {
        return Channel.OPTICAL;
    }

    /** The wavelength of the light, in m. */
    public double wavelength(ParameterValues arguments) {
        return arguments.get(WAVELENGTH.name());
    }
}
