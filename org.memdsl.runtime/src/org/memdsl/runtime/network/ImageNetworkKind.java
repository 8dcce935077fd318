package org.memdsl.runtime.network;

import java.util.List;

import org.memdsl.runtime.catalog.AbstractKind;
import org.memdsl.runtime.catalog.Catalogue;
import org.memdsl.runtime.catalog.Parameter;
import org.memdsl.runtime.result.OutputKind;
import org.memdsl.runtime.result.RequestedOutput;
import org.memdsl.runtime.result.RunResult;

/**
 * A network kind trained and tested on image files, defined by its name, description, settings and
 * outputs; {@code T} is what a run produces, from which every output is written.
 */
abstract class ImageNetworkKind<T> extends AbstractKind implements NetworkKind {

    private final Catalogue<OutputKind<T, NetworkOutputs>> outputs;

    ImageNetworkKind(String name, String description, List<Parameter> settings, List<OutputKind<T,
            NetworkOutputs>> outputs) {
        super(name, description, settings);
        this.outputs = new Catalogue<>("output", "measure", outputs);
    }

    @Override
    public final Catalogue<OutputKind<T, NetworkOutputs>> outputs() {
        return outputs;
    }

    /** Writes the outputs a spec asks for, in its order. */
    final RunResult write(NetworkSpec spec, T trained) {
        NetworkOutputs written = new NetworkOutputs();
        for (RequestedOutput out : spec.outputs()) {
            OutputKind<T, NetworkOutputs> output = outputs.byName(out.kind())
                    .orElseThrow(() -> new IllegalArgumentException(outputs.unknown(out.kind())));
            output.writer().write(trained, out.name(), written);
        }
        return written.result(spec.name());
    }
}
