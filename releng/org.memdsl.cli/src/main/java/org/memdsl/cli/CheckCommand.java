package org.memdsl.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

import org.memdsl.compiler.Application;
import org.memdsl.compiler.Characterisations;
import org.memdsl.compiler.MemDslCompiler;
import org.memdsl.memDsl.Characterisation;
import org.memdsl.memDsl.CharacterisedDevice;
import org.memdsl.memDsl.Element;
import org.memdsl.memDsl.Experiment;
import org.memdsl.memDsl.Protocol;
import org.memdsl.run.LoadedSpec;
import org.memdsl.run.SpecIssue;
import org.memdsl.run.SpecLoader;
import org.memdsl.runtime.RunEstimate;

import com.google.inject.Inject;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code memdsl check FILES…}: parse and validate, print {@code file:line:col: severity: message}. */
@Command(name = "check", description = "Validate .mem files (and what they import); exit 1 on errors.")
public class CheckCommand implements Callable<Integer> {

    @Parameters(arity = "1..*", paramLabel = "FILE", description = ".mem files to check")
    private List<Path> files;

    @Option(names = "--estimate", description = "also print, for every experiment on a device of a file without "
            + "errors, the rows it records and an upper estimate of its run time")
    private boolean estimate;

    @Mixin
    private ProjectRootOption root;

    @Spec
    private picocli.CommandLine.Model.CommandSpec spec;

    @Inject
    private SpecLoader loader;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        int errors = 0;
        int exit = 0;
        for (Path file : files) {
            try {
                LoadedSpec loaded = loader.load(file);
                for (SpecIssue issue : loaded.issues()) {
                    err.println(issue);
                    if (issue.severity() == SpecIssue.Severity.ERROR) {
                        errors++;
                    }
                }
                if (estimate && !loaded.hasErrors()) {
                    printEstimates(loaded, out);
                }
            } catch (NoSuchFileException e) {
                err.println(file + ": error: no such file");
                exit = Main.EXIT_IO;
            } catch (IOException e) {
                err.println(file + ": error: cannot read: " + e.getMessage());
                exit = Main.EXIT_IO;
            }
        }
        err.flush();
        out.println(files.size() + (files.size() == 1 ? " file" : " files") + " checked, " + errors
                + (errors == 1 ? " error" : " errors"));
        out.flush();
        if (exit != 0) {
            return exit;
        }
        return errors > 0 ? Main.EXIT_SPEC_ERRORS : 0;
    }

    /** {@code file: NAME: up to about 8 s (16001 segments, 522 rows (0.04 MB))}, per run on a device. */
    private static void printEstimates(LoadedSpec loaded, PrintWriter out) {
        for (Element element : loaded.model().getElements()) {
            List<Application> applications = new ArrayList<>();
            if (element instanceof Experiment experiment && experiment.getArray() == null) {
                applications.add(Application.of(experiment));
            } else if (element instanceof Characterisation characterisation) {
                for (CharacterisedDevice entry : characterisation.getDevices()) {
                    for (Protocol protocol : Characterisations.protocols(characterisation)) {
                        applications.add(Application.of(characterisation, entry, protocol));
                    }
                }
            }
            for (Application application : applications) {
                RunEstimate e = MemDslCompiler.experiment(application).estimate();
                out.println(loaded.file() + ": " + application.name() + ": up to about " + e.duration() + " ("
                        + e.describe() + ")");
            }
        }
    }
}
