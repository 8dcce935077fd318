package org.memdsl.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.Callable;

import org.memdsl.reference.Reference;
import org.memdsl.runtime.output.AtomicFiles;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "reference", description = "Print the language reference (every family, kind and measurement with "
        + "its parameters), generated from the engine's catalogues.")
/** {@code memdsl reference [--out FILE]}: the generated language reference. */
public class ReferenceCommand implements Callable<Integer> {

    @Option(names = "--out", paramLabel = "FILE", description = "write it to FILE (atomically) instead of stdout")
    private Path out;

    @Override
    public Integer call() throws IOException {
        String text = Reference.markdown();
        if (out == null) {
            System.out.print(text);
        } else {
            AtomicFiles.write(out, stream -> stream.write(text.getBytes(StandardCharsets.UTF_8)));
        }
        return 0;
    }
}
