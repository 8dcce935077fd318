package org.memdsl.run;

import org.memdsl.runtime.result.ExpectationCheck;

/** An expectation of a spec, where it is written ({@code file:line:col}), and what the run gave. */
public record CheckedExpectation(SpecIssue location, ExpectationCheck check) {

    public boolean met() {
        return check.met();
    }

    /** {@code file:line:col: expect …: 1.02 (expected 1.01 ± 0.0505): met}. */
    @Override
    public String toString() {
        return location.file() + ":" + location.line() + ":" + location.column() + ": " + check.expectation().text()
                + ": " + check.summary();
    }
}
