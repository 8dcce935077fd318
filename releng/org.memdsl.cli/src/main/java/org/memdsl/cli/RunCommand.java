package org.memdsl.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.OptionalLong;
import java.util.concurrent.Callable;

import org.memdsl.run.CheckedExpectation;
import org.memdsl.run.SpecBundle;
import org.memdsl.run.SpecErrorsException;
import org.memdsl.run.RunReport;
import org.memdsl.run.SpecRunner;

import com.google.inject.Inject;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code memdsl run FILE}: run every experiment and network, write CSV, PNG and provenance for each. */
@Command(name = "run", description = "Run the experiments and networks of a .mem file; results go to OUT/NAME/. "
        + "Exits with 4 when an 'expect' of the file is not met (the results are written all the same).")
public class RunCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "FILE", description = "the .mem file, or a bundle (.membundle) of"
            + " memdsl bundle, whose files are checked against their recorded SHA-256 first")
    private Path file;

    @Option(names = { "-o", "--out" }, paramLabel = "DIR", defaultValue = "results",
            description = "output directory (default: ${DEFAULT-VALUE})")
    private Path out;

    @Option(names = "--seed", paramLabel = "N", description = "seed for every random draw; overrides the file's")
    private Long seed;

    @Option(names = "--progress", negatable = true, description = "show a progress bar (default: on a terminal)")
    private Boolean progress;

    @Option(names = "--engine", paramLabel = "NAME", defaultValue = "embedded",
            description = "where studies' points run: embedded (every core of this machine, the default) or spark")
    private String engine;

    @Option(names = "--master", paramLabel = "URL", defaultValue = "local[*]",
            description = "Spark master for --engine spark (default: ${DEFAULT-VALUE}; spark-submit's stands)")
    private String master;

    @Option(names = "--parquet", description = "also write every result table as Apache Parquet (NAME.parquet; "
            + "from releng/org.memdsl.spark, which bin/memdsl then adds)")
    private boolean parquet;

    @Mixin
    private ProjectRootOption root;

    @Spec
    private picocli.CommandLine.Model.CommandSpec spec;

    @Inject
    private SpecRunner runner;

    @Override
    public Integer call() {
        PrintWriter stdout = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        boolean showProgress = progress != null ? progress : System.console() != null;
        ProgressBar bar = new ProgressBar(err, showProgress);
        Path unpacked = null;
        try {
            Path spec = file;
            if (file.getFileName().toString().endsWith(SpecBundle.EXTENSION)) {
                unpacked = Files.createTempDirectory("memdsl-bundle");
                spec = SpecBundle.open(file, unpacked);
            }
            runner.useStudyEngine(engine, java.util.Map.of("master", master));
            try {
                runner.useTableFormats(parquet ? List.of("parquet") : List.of());
            } catch (IllegalArgumentException e) {
                err.println("memdsl: " + e.getMessage());
                return Main.EXIT_USAGE;
            }
            List<SpecRunner.Outcome> outcomes = runner.run(spec, out,
                    seed == null ? OptionalLong.empty() : OptionalLong.of(seed), bar::update);
            bar.finish();
            boolean allMet = true;
            for (SpecRunner.Outcome outcome : outcomes) {
                for (Path written : outcome.files()) {
                    stdout.println(written);
                }
            }
            stdout.println(out.resolve(RunReport.FILE));
            for (SpecRunner.Outcome outcome : outcomes) {
                outcome.warnings().forEach(err::println);
            }
            for (SpecRunner.Outcome outcome : outcomes) {
                for (CheckedExpectation e : outcome.expectations()) {
                    (e.met() ? stdout : err).println(e);
                    allMet &= e.met();
                }
            }
            stdout.flush();
            err.flush();
            return allMet ? 0 : Main.EXIT_EXPECTATIONS;
        } catch (SpecErrorsException | IOException e) {
            bar.finish();
            return Failures.report(file, e, err);
        } finally {
            if (unpacked != null) {
                try {
                    SpecBundle.delete(unpacked);
                } catch (IOException e) {
                    err.println(unpacked + ": warning: could not delete the unpacked bundle: " + e);
                }
            }
        }
    }
}
