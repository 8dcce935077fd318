package org.memdsl.runtime.array;

import java.util.List;

import org.memdsl.runtime.catalog.AbstractKind;
import org.memdsl.runtime.catalog.Catalogue;
import org.memdsl.runtime.catalog.Parameter;
import org.memdsl.runtime.catalog.ParameterValues;
import org.memdsl.runtime.result.OutputKind;
import org.memdsl.runtime.result.RequestedOutput;
import org.memdsl.runtime.result.ResultCollector;
import org.memdsl.runtime.result.RunResult;

/**
 * An array kind of {@code rows × columns} cells given by its settings, operations and outputs;
 * {@code T} is what a run's steps produce, from which every output is written.
 */
public abstract class AbstractArrayKind<T> extends AbstractKind implements ArrayKind {

    private final Catalogue<ArrayOperation> operations;
    private final Catalogue<OutputKind<T, ResultCollector>> outputs;

    protected AbstractArrayKind(String name, String description, List<Parameter> settings,
            Catalogue<ArrayOperation> operations, List<OutputKind<T, ResultCollector>> outputs) {
        super(name, description, settings);
        this.operations = operations;
        this.outputs = new Catalogue<>("output", "measure", outputs);
    }

    @Override
    public final Catalogue<ArrayOperation> operations() {
        return operations;
    }

    @Override
    public final Catalogue<OutputKind<T, ResultCollector>> outputs() {
        return outputs;
    }

    @Override
    public final int rows(ParameterValues settings) {
        return settings.count("rows");
    }

    @Override
    public final int columns(ParameterValues settings) {
        return settings.count("columns");
    }

    /** Writes the outputs a plan asks for, in its order. */
    protected final RunResult write(ArrayPlan plan, T produced) {
        ResultCollector out = new ResultCollector();
        for (RequestedOutput requested : plan.outputs()) {
            outputs.byName(requested.kind()).orElseThrow(() -> new IllegalArgumentException(
                    outputs.unknown(requested.kind()))).writer().write(produced, requested.name(), out);
        }
        return out.result(plan.name());
    }
}
