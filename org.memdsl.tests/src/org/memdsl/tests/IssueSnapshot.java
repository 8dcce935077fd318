package org.memdsl.tests;

import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;

import org.eclipse.xtext.validation.Issue;

/**
 * Issues as one text block, sorted by offset: {@code SEVERITY line:column code message}, one per
 * line, the code without its {@code org.memdsl.} prefix.
 */
public final class IssueSnapshot {

    private IssueSnapshot() {
    }

    public static String of(List<Issue> issues) {
        return issues.stream().sorted(Comparator.comparingInt(Issue::getOffset))
                .map(i -> i.getSeverity() + " " + i.getLineNumber() + ":" + i.getColumn() + " "
                        + (i.getCode() == null ? "-" : i.getCode().replace("org.memdsl.", "")) + " " + i.getMessage())
                .collect(Collectors.joining("\n"));
    }
}
