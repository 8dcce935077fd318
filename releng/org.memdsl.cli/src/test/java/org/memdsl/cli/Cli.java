package org.memdsl.cli;

import java.io.PrintWriter;
import java.io.StringWriter;

import picocli.CommandLine;

/** The command line run in-process, as the tests drive it: exit code, standard output and error. */
final class Cli {

    record Result(int exit, String out, String err) {
    }

    private Cli() {
    }

    static Result execute(String... args) {
        CommandLine cli = Main.commandLine();
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        cli.setOut(new PrintWriter(out));
        cli.setErr(new PrintWriter(err));
        int exit = cli.execute(args);
        return new Result(exit, out.toString(), err.toString());
    }
}
