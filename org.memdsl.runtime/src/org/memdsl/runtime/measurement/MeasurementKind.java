package org.memdsl.runtime.measurement;

import java.util.List;
import java.util.function.BiFunction;
import java.util.function.Function;

import org.memdsl.runtime.catalog.AbstractKind;
import org.memdsl.runtime.catalog.Kind;
import org.memdsl.runtime.catalog.Parameter;
import org.memdsl.runtime.catalog.ParameterValues;
import org.memdsl.runtime.catalog.Values;

/**
 * A measurement the engine offers (listed in {@link MeasurementKinds}), by the name used after
 * {@code measure}: its parameters ({@code measure epsc { edge = 0.1 }}) and how it builds the
 * analysis that writes the output of that name. Each analysis declares its own kind as a constant
 * {@code KIND}.
 */
public interface MeasurementKind extends Kind {

    /** @throws IllegalArgumentException when the parameters do not make an analysis */
    Analysis create(String outputName, ParameterValues parameters);

    default Analysis create(String outputName, Values given) {
        return create(outputName, new ParameterValues(this, given));
    }

    /** A kind without parameters. */
    static MeasurementKind of(String name, String description, Function<String, Analysis> factory) {
        return of(name, description, List.of(), (n, p) -> factory.apply(n));
    }

    static MeasurementKind of(String name, String description, List<Parameter> parameters,
            BiFunction<String, ParameterValues, Analysis> factory) {
        return of(name, description, parameters, Values.NONE, factory);
    }

    /** A kind with required parameters: {@code example} gives them, for the reference and the contract tests. */
    static MeasurementKind of(String name, String description, List<Parameter> parameters, Values example,
            BiFunction<String, ParameterValues, Analysis> factory) {
        final class Declared extends AbstractKind implements MeasurementKind {

            Declared() {
                super(name, description, parameters);
                if (example != Values.NONE) {
                    example(example);
                }
            }

            @Override
            public Analysis create(String outputName, ParameterValues values) {
                return factory.apply(outputName, values);
            }
        }
        return new Declared();
    }
}
