package org.memdsl.tests.run;

import java.nio.file.Path;
import java.util.List;

import org.memdsl.run.SpecIssue;
import org.memdsl.run.SpecLoader;

/** The errors a spec's check reports, each as {@code line:column: message}, in order. */
final class LocatedErrors {

    private LocatedErrors() {
    }

    static List<String> of(SpecLoader loader, Path spec) throws Exception {
        return loader.load(spec).issues().stream().filter(i -> i.severity() == SpecIssue.Severity.ERROR)
                .map(i -> i.line() + ":" + i.column() + ": " + i.message()).toList();
    }
}
