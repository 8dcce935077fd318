package org.memdsl.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

import org.memdsl.run.SpecErrorsException;
import org.memdsl.run.SpecIssue;

/**
 * How a command that reads one spec reports what stopped it: a spec's problems as
 * {@code file:line:col: severity: message} (exit {@link Main#EXIT_SPEC_ERRORS}), a missing or
 * unreadable file as {@code file: error: …} (exit {@link Main#EXIT_IO}).
 */
final class Failures {

    private Failures() {
    }

    static int report(Path file, Exception failure, PrintWriter err) {
        int exit;
        if (failure instanceof SpecErrorsException e) {
            for (SpecIssue issue : e.issues()) {
                err.println(issue);
            }
            exit = Main.EXIT_SPEC_ERRORS;
        } else if (failure instanceof NoSuchFileException) {
            err.println(file + ": error: no such file");
            exit = Main.EXIT_IO;
        } else if (failure instanceof IOException) {
            err.println(file + ": error: " + failure);
            exit = Main.EXIT_IO;
        } else {
            throw new IllegalArgumentException("not a spec or file failure", failure);
        }
        err.flush();
        return exit;
    }
}
