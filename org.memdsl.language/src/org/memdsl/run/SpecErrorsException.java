package org.memdsl.run;

import java.util.List;
import java.util.stream.Collectors;

/** A spec that has errors and therefore is not run. */
public class SpecErrorsException extends Exception {

    private static final long serialVersionUID = 1L;

    private final transient List<SpecIssue> issues;

    public SpecErrorsException(List<SpecIssue> issues) {
        super(issues.stream().map(SpecIssue::toString).collect(Collectors.joining("\n")));
        this.issues = List.copyOf(issues);
    }

    public List<SpecIssue> issues() {
        return issues;
    }
}
