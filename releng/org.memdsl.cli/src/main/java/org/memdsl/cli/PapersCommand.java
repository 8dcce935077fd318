package org.memdsl.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.OptionalLong;
import java.util.concurrent.Callable;
import java.util.stream.Stream;

import org.memdsl.run.CheckedExpectation;
import org.memdsl.run.SpecErrorsException;
import org.memdsl.run.SpecIssue;
import org.memdsl.run.SpecRunner;
import org.memdsl.runtime.result.Expectation;
import org.memdsl.runtime.result.ExpectationCheck;

import com.google.inject.Inject;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code memdsl papers [DIR]}: runs every {@code .mem} file of DIR (the papers' figures) and prints
 * one Markdown row per {@code expect}: the paper's value, memdsl's, and whether it is within the
 * stated tolerance.
 */
@Command(name = "papers", description = "Run the .mem files of DIR (default: examples/papers) and print a table "
        + "paper value | memdsl value | within tolerance for every 'expect'.")
public class PapersCommand implements Callable<Integer> {

    @Parameters(index = "0", arity = "0..1", paramLabel = "DIR", defaultValue = "examples/papers",
            description = "directory of .mem files (default: ${DEFAULT-VALUE})")
    private Path dir;

    @Option(names = { "-o", "--out" }, paramLabel = "DIR", defaultValue = "results/papers",
            description = "output directory (default: ${DEFAULT-VALUE})")
    private Path out;

    @Spec
    private picocli.CommandLine.Model.CommandSpec spec;

    @Inject
    private SpecRunner runner;

    @Override
    public Integer call() throws IOException {
        PrintWriter stdout = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (!Files.isDirectory(dir)) {
            err.println(dir + ": error: not a directory");
            err.flush();
            return Main.EXIT_IO;
        }
        List<Path> files;
        try (Stream<Path> listing = Files.list(dir)) {
            files = listing.filter(p -> p.toString().endsWith(".mem")).sorted().toList();
        }
        stdout.println("| file | expectation | paper | memdsl | within |");
        stdout.println("|---|---|---|---|---|");
        boolean allMet = true;
        boolean errors = false;
        for (Path file : files) {
            String stem = file.getFileName().toString().replaceFirst("\\.mem$", "");
            try {
                for (SpecRunner.Outcome outcome : runner.run(file, out.resolve(stem), OptionalLong.empty(),
                        (e, i, n, f) -> { })) {
                    for (CheckedExpectation e : outcome.expectations()) {
                        stdout.println(row(file.getFileName().toString(), e.check()));
                        allMet &= e.met();
                    }
                }
            } catch (SpecErrorsException e) {
                errors = true;
                for (SpecIssue issue : e.issues()) {
                    err.println(issue);
                }
            }
            stdout.flush();
        }
        err.flush();
        return errors ? Main.EXIT_SPEC_ERRORS : allMet ? 0 : Main.EXIT_EXPECTATIONS;
    }

    private static String row(String file, ExpectationCheck check) {
        Expectation e = check.expectation();
        String memdsl = check.problem() != null ? "not measured: " + check.problem().replace("|", "/")
                : e.display().format(check.actual());
        return "| " + file + " | `" + e.text().replace("|", "/") + "` | " + e.expectedText() + " | " + memdsl + " | "
                + (check.met() ? "yes" : "**no**") + " |";
    }
}
