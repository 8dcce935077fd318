package org.memdsl.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

import org.memdsl.run.LoadedSpec;
import org.memdsl.run.SpecIssue;
import org.memdsl.run.SpecLoader;

import com.google.inject.Inject;

import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code memdsl check FILES…}: parse and validate, print {@code file:line:col: severity: message}. */
@Command(name = "check", description = "Validate .mem files (and what they import); exit 1 on errors.")
public class CheckCommand implements Callable<Integer> {

    @Parameters(arity = "1..*", paramLabel = "FILE", description = ".mem files to check")
    private List<Path> files;

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
}
