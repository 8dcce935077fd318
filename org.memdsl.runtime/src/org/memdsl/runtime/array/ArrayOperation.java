package org.memdsl.runtime.array;

import java.util.List;

import org.memdsl.runtime.catalog.AbstractKind;
import org.memdsl.runtime.catalog.Parameter;
import org.memdsl.runtime.catalog.Values;

/**
 * A step an experiment applies to an array, {@code NAME [PATTERN] { arguments }}: its arguments, and
 * whether it names a pattern (a write or an exposure does, a read does not).
 */
public final class ArrayOperation extends AbstractKind {

    private final boolean takesPattern;

    public ArrayOperation(String name, String description, boolean takesPattern, List<Parameter> parameters,
            Values example) {
        super(name, description, parameters);
        this.takesPattern = takesPattern;
        example(example);
    }

    public boolean takesPattern() {
        return takesPattern;
    }
}
