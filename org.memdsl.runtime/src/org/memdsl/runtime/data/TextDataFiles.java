package org.memdsl.runtime.data;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Checks made before a text data file (a CSV table) is parsed: a regular file, not empty, at most
 * {@link #MAX_BYTES}, and text (no NUL byte in its first 64 KiB). Refusals name the file, never
 * its content.
 */
public final class TextDataFiles {

    /** The largest text data file read: 64 MiB, millions of rows. */
    public static final long MAX_BYTES = 64L << 20;

    private static final int SNIFFED = 1 << 16;

    private TextDataFiles() {
    }

    /**
     * @throws IllegalArgumentException when {@code file} is missing or not a regular file (a problem of
     *         the name, reported where it is written)
     * @throws DataFileException when its content is not a readable text data file
     */
    public static void requireText(Path file) {
        if (!Files.isRegularFile(file)) {
            throw new IllegalArgumentException(file + (Files.exists(file) ? " is not a regular file"
                    : " cannot be read: no such file"));
        }
        try {
            long size = Files.size(file);
            if (size == 0) {
                throw new DataFileException(file, 1, "is empty");
            }
            if (size > MAX_BYTES) {
                throw new DataFileException(file, 1, "is " + (size >> 20) + " MiB; a text data file is at most "
                        + (MAX_BYTES >> 20) + " MiB");
            }
            try (InputStream in = Files.newInputStream(file)) {
                for (byte b : in.readNBytes(SNIFFED)) {
                    if (b == 0) {
                        throw new DataFileException(file, 1, "is not a text file (it holds NUL bytes)");
                    }
                }
            }
        } catch (IOException e) {
            throw new DataFileException(file, 1, "cannot be read (" + e.getClass().getSimpleName() + ")");
        }
    }
}
