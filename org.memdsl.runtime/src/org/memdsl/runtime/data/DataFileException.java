package org.memdsl.runtime.data;

import java.nio.file.Path;

/**
 * A problem of a data file a spec names (a measured curve, a dataset), located in that file:
 * {@code file:line: problem}. The problem never quotes the file's content.
 */
public class DataFileException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    private final transient Path file;
    private final long line;
    private final String problem;

    public DataFileException(Path file, long line, String problem) {
        super(file + ":" + Math.max(1, line) + ": " + problem);
        this.file = file;
        this.line = Math.max(1, line);
        this.problem = problem;
    }

    public Path file() {
        return file;
    }

    /** The 1-based line of the problem (1 for problems of the whole file). */
    public long line() {
        return line;
    }

    /** The problem without its location. */
    public String problem() {
        return problem;
    }
}
