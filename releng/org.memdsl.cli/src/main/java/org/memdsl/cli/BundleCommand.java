package org.memdsl.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;

import org.memdsl.run.SpecBundle;
import org.memdsl.run.SpecErrorsException;
import org.memdsl.runtime.MemdslVersion;

import com.google.inject.Inject;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code memdsl bundle FILE}: packs a spec with its imports and data into one archive that
 * {@code memdsl run} accepts, to share a protocol with everything it needs.
 */
@Command(name = "bundle", description = "Pack a .mem file, its imports and its data files into FILE.membundle "
        + "(with their SHA-256), which 'memdsl run' runs after checking them.")
public class BundleCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "FILE", description = "the .mem file")
    private Path file;

    @Option(names = { "-o", "--out" }, paramLabel = "BUNDLE",
            description = "where to write it (default: FILE with .membundle for .mem)")
    private Path out;

    @Mixin
    private ProjectRootOption root;

    @Spec
    private picocli.CommandLine.Model.CommandSpec spec;

    @Inject
    private SpecBundle bundles;

    @Override
    public Integer call() {
        PrintWriter stdout = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Path target = out != null ? out
                : file.resolveSibling(file.getFileName().toString().replaceFirst("\\.mem$", "") + SpecBundle.EXTENSION);
        try {
            stdout.println(bundles.create(file, target, MemdslVersion.get()));
            stdout.flush();
            return 0;
        } catch (SpecErrorsException | IOException e) {
            return Failures.report(file, e, err);
        }
    }
}
