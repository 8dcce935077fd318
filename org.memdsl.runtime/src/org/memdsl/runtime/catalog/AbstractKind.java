package org.memdsl.runtime.catalog;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** A kind given by its name, description, parameters and source; subclasses add what the kind builds. */
public abstract class AbstractKind implements Kind {

    private final String name;
    private final String description;
    private final List<Parameter> parameters;
    private final String source;
    private Values example = Values.NONE;

    protected AbstractKind(String name, String description, List<Parameter> parameters, String source) {
        this.name = name;
        this.description = description;
        this.parameters = List.copyOf(parameters);
        this.source = source;
        Set<String> names = new HashSet<>();
        for (Parameter p : this.parameters) {
            if (!names.add(p.name())) {
                throw new IllegalArgumentException(name + " declares parameter '" + p.name() + "' twice");
            }
        }
    }

    protected AbstractKind(String name, String description, List<Parameter> parameters) {
        this(name, description, parameters, "");
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
    public final List<Parameter> parameters() {
        return parameters;
    }

    @Override
    public final String source() {
        return source;
    }

    /** The parameters resolved from what a declaration gave, with defaults filled in and ranges checked. */
    protected final ParameterValues values(Values given) {
        return new ParameterValues(this, given);
    }

    @Override
    public final Values example() {
        return example;
    }

    /** Sets the example (see {@link Kind#example()}); call from the subclass constructor. */
    protected final void example(Values typical) {
        this.example = typical;
    }

    @Override
    public String toString() {
        return name;
    }
}
