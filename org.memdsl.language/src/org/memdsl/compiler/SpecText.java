package org.memdsl.compiler;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

import org.memdsl.runtime.catalog.Dimension;

/**
 * Whether a file can be read as a {@code .mem} spec before it is parsed: at most
 * {@link #MAX_BYTES}, UTF-8 text without NUL characters. A refusal never quotes the file's content
 * (it may be any file of the project).
 */
public final class SpecText {

    /** The largest spec memdsl reads: 16 MiB, some 500 000 lines, far beyond any protocol. */
    public static final long MAX_BYTES = 16L << 20;

    private SpecText() {
    }

    /** Why {@code file} cannot be read as a spec, or empty when it can. */
    public static Optional<String> refusal(Path file) {
        try {
            long size = Files.size(file);
            if (size > MAX_BYTES) {
                return Optional.of("is " + Dimension.rounded(size / 1048576.0) + " MiB; a .mem file is at most "
                        + (MAX_BYTES >> 20) + " MiB");
            }
            byte[] bytes;
            try (InputStream in = Files.newInputStream(file)) {
                bytes = in.readNBytes((int) MAX_BYTES + 1);
            }
            for (byte b : bytes) {
                if (b == 0) {
                    return Optional.of("is not a text file (it holds NUL bytes)");
                }
            }
            StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes));
            return Optional.empty();
        } catch (CharacterCodingException e) {
            return Optional.of("is not UTF-8 text (a binary file or another encoding)");
        } catch (IOException e) {
            return Optional.of("cannot be read (" + e.getClass().getSimpleName() + ")");
        }
    }

    /** Whether {@code file} has no bytes at all. */
    public static boolean empty(Path file) {
        try {
            return Files.size(file) == 0;
        } catch (IOException e) {
            return false;
        }
    }
}
