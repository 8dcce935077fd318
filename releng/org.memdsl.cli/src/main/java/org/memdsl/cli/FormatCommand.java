package org.memdsl.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

import org.eclipse.emf.common.util.URI;
import org.memdsl.formatting2.MemDslFormatting;
import org.memdsl.runtime.output.AtomicFiles;

import com.google.inject.Inject;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code memdsl format FILE…}: lays out {@code .mem} files (the workbench's Format), in place
 * (atomically) or, with {@code --check}, only telling which are not formatted (exit 1).
 */
@Command(name = "format", description = "Format .mem files in place; --check lists unformatted files (exit 1).")
public class FormatCommand implements Callable<Integer> {

    @Parameters(arity = "1..*", paramLabel = "FILE", description = ".mem files to format")
    private List<Path> files;

    @Option(names = "--check", description = "change nothing; exit 1 if a file is not formatted")
    private boolean check;

    @Spec
    private picocli.CommandLine.Model.CommandSpec spec;

    @Inject
    private MemDslFormatting formatting;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        int exit = 0;
        for (Path file : files) {
            try {
                String text = Files.readString(file, StandardCharsets.UTF_8);
                String formatted = formatting.format(text, URI.createFileURI(file.toAbsolutePath().toString()));
                if (formatted.equals(text)) {
                    continue;
                }
                if (check) {
                    out.println(file + ": not formatted");
                    exit = Math.max(exit, Main.EXIT_SPEC_ERRORS);
                } else {
                    AtomicFiles.write(file, o -> o.write(formatted.getBytes(StandardCharsets.UTF_8)));
                    out.println(file + ": formatted");
                }
            } catch (IllegalArgumentException e) {
                err.println(file + ":" + e.getMessage().replaceFirst("^line (\\d+): ", "$1:1: error: "));
                exit = Math.max(exit, Main.EXIT_SPEC_ERRORS);
            } catch (IOException e) {
                err.println(file + ": error: cannot read or write: " + e.getMessage());
                exit = Main.EXIT_IO;
            }
        }
        out.flush();
        err.flush();
        return exit;
    }
}
