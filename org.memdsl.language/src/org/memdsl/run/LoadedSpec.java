package org.memdsl.run;

import java.nio.file.Path;
import java.util.List;

import org.memdsl.memDsl.Model;

/**
 * A parsed spec with everything it imports: the main model, the files read (main file first, then
 * imports by path) and every issue found in any of them.
 */
public record LoadedSpec(Path file, Model model, List<Path> files, List<SpecIssue> issues) {

    public boolean hasErrors() {
        return issues.stream().anyMatch(i -> i.severity() == SpecIssue.Severity.ERROR);
    }
}
