package org.memdsl.compiler;

import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Optional;

/**
 * The file an {@code import "…"} names, judged once for the loader (which reports a refusal at the
 * import) and for scoping (which must not open a refused target): no URL (memdsl never reads the
 * network), a valid file name, inside the importing spec's {@link ProjectRoot}, a regular file
 * (a FIFO would block the reader forever), existing.
 *
 * @param file the file, or null when the import names none
 * @param refusal why the import cannot be read, or null when it can
 * @param missing whether the only problem is that the file does not exist
 */
public record ImportTarget(Path file, String refusal, boolean missing) {

    /** Whether {@code uri} names no file at all: a URL ({@code http:}, {@code file:}…) or a NUL character. */
    public static boolean namesNoFile(String uri) {
        return uri.indexOf('\0') >= 0
                || uri.matches("^[A-Za-z][A-Za-z0-9+.-]+:.*") && !uri.matches("^[A-Za-z]:[\\\\/].*");
    }

    /** What {@code uri}, imported by the spec {@code importing}, names. */
    public static ImportTarget of(Path importing, String uri) {
        Path file;
        try {
            file = namesNoFile(uri) ? null : importing.resolveSibling(uri).normalize();
        } catch (InvalidPathException e) {
            file = null;
        }
        if (file == null) {
            return new ImportTarget(null, "'" + uri.replace('\0', '?') + "' is not a file name: an import names a "
                    + ".mem file by a relative or absolute path", false);
        }
        Optional<String> outside = ProjectRoot.outside(importing, file);
        if (outside.isPresent()) {
            return new ImportTarget(file, "'" + uri + "' cannot be imported: " + outside.get(), false);
        }
        if (Files.exists(file) && !Files.isRegularFile(file)) {
            return new ImportTarget(file, "'" + uri + "' is not a regular file (a folder, a pipe or a device)", false);
        }
        if (!Files.isRegularFile(file)) {
            return new ImportTarget(file, "imported file '" + uri + "' does not exist", true);
        }
        return new ImportTarget(file, null, false);
    }

    public boolean readable() {
        return refusal == null;
    }

    /**
     * Why {@code uri}, imported by the spec {@code importing}, cannot be read as a spec: refused
     * ({@link #of}), not UTF-8 text or too large ({@link SpecText}), or empty; empty when it can. Reads
     * the file, so scoping, which resolves imports often, asks only {@link #of}.
     */
    public static Optional<String> unreadable(Path importing, String uri) {
        ImportTarget target = of(importing, uri);
        if (!target.readable()) {
            return Optional.of(target.refusal());
        }
        Optional<String> refusal = SpecText.refusal(target.file());
        if (refusal.isPresent()) {
            return Optional.of("imported file '" + uri + "' " + refusal.get());
        }
        return SpecText.empty(target.file()) ? Optional.of("imported file '" + uri + "' is empty") : Optional.empty();
    }
}
