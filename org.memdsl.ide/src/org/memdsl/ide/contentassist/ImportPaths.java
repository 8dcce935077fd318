package org.memdsl.ide.contentassist;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.eclipse.emf.common.util.URI;

/**
 * The {@code .mem} files an {@code import "…"} of a file may name: those in its folder and up to
 * three folders below it (not in {@code results}), as paths relative to it with {@code /}, and
 * those in the folder above as {@code ../name.mem}; never the file itself.
 */
final class ImportPaths {

    private static final int DEPTH = 3;
    private static final int LIMIT = 200;

    private ImportPaths() {
    }

    static List<String> candidates(URI spec) {
        if (spec == null || !spec.isFile()) {
            return List.of();
        }
        Path self = Path.of(spec.toFileString()).toAbsolutePath().normalize();
        Path folder = self.getParent();
        if (folder == null || !Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> below = Files.walk(folder, DEPTH)) {
            Stream<Path> above = folder.getParent() == null ? Stream.empty() : list(folder.getParent());
            return Stream.concat(below, above)
                    .filter(p -> p.getFileName().toString().endsWith(".mem") && Files.isRegularFile(p))
                    .filter(p -> !p.equals(self))
                    .map(p -> folder.relativize(p).toString().replace('\\', '/'))
                    .filter(p -> !p.startsWith("results/") && !p.contains("/results/"))
                    .sorted().limit(LIMIT).toList();
        } catch (IOException | UncheckedIOException e) {
            return List.of();
        }
    }

    private static Stream<Path> list(Path folder) {
        try {
            return Files.list(folder).toList().stream();
        } catch (IOException e) {
            return Stream.empty();
        }
    }
}
