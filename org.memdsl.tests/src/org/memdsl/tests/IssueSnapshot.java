package org.memdsl.tests;

import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;

import org.eclipse.xtext.validation.Issue;

/** Issues as one text block, sorted by offset: {@code SEVERITY line:column message}, one per line. */
final class IssueSnapshot {

    private IssueSnapshot() {
    }

    static String of(List<Issue> issues) {
        return issues.stream().sorted(Comparator.comparingInt(Issue::getOffset))
                .map(i -> i.getSeverity() + " " + i.getLineNumber() + ":" + i.getColumn() + " " + i.getMessage())
                .collect(Collectors.joining("\n"));
    }
}
