package org.memdsl.runtime.stimulus;

import java.util.List;

import org.memdsl.runtime.catalog.AbstractKind;
import org.memdsl.runtime.catalog.Parameter;

/** A stimulus kind that drives the device's voltage. */
public abstract class ElectricalKind extends AbstractKind implements StimulusKind {

    protected ElectricalKind(String name, String description, List<Parameter> parameters) {
        super(name, description, parameters);
    }

    @Override
    public final Channel channel() {
        return Channel.ELECTRICAL;
    }
}
