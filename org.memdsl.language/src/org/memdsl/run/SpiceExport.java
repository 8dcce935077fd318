package org.memdsl.run;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import org.memdsl.compiler.CompileException;
import org.memdsl.compiler.MemDslCompiler;
import org.memdsl.memDsl.Array;
import org.memdsl.memDsl.Element;
import org.memdsl.memDsl.Experiment;
import org.memdsl.runtime.crossbar.BiasScheme;
import org.memdsl.runtime.crossbar.CrossbarExport;

import com.google.inject.Inject;

/**
 * A crossbar of a {@code .mem} file as a SPICE netlist of one read: as built, or in the state an
 * experiment's writes leave it ({@code memdsl export-spice}).
 */
public class SpiceExport {

    @Inject
    private SpecLoader loader;

    /**
     * @param experiment the experiment whose writes come first, or {@code null} for the array as built
     * @throws SpecErrorsException when the file has errors or names no such array or experiment
     */
    public CrossbarExport export(Path file, String array, String experiment, int row, int column, double voltage,
            BiasScheme scheme) throws IOException, SpecErrorsException {
        LoadedSpec spec = loader.load(file);
        if (spec.hasErrors()) {
            throw new SpecErrorsException(spec.issues());
        }
        Array declared = find(spec, Array.class, array, "array");
        Experiment run = experiment == null ? null : find(spec, Experiment.class, experiment, "experiment");
        try {
            return CrossbarExport.of(MemDslCompiler.arrayPlan(declared, run), row, column, voltage, scheme);
        } catch (CompileException e) {
            throw new SpecErrorsException(List.of(SourceLocations.error(spec.file().toString(), e.source(),
                    e.getMessage())));
        } catch (IllegalArgumentException e) {
            throw new SpecErrorsException(List.of(SourceLocations.error(spec.file().toString(), declared,
                    "array '" + array + "': " + e.getMessage())));
        }
    }

    private static <T extends Element> T find(LoadedSpec spec, Class<T> type, String name, String what)
            throws SpecErrorsException {
        for (Element e : spec.model().getElements()) {
            if (type.isInstance(e) && name.equals(e.getName())) {
                return type.cast(e);
            }
        }
        throw new SpecErrorsException(List.of(new SpecIssue(spec.file().toString(), 1, 1, SpecIssue.Severity.ERROR,
                "the file declares no " + what + " '" + name + "'")));
    }
}
