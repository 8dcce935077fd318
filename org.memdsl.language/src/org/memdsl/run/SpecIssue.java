package org.memdsl.run;

/** One problem in a spec, located as {@code file:line:column} (both 1-based). */
public record SpecIssue(String file, int line, int column, Severity severity, String message) {

    public enum Severity {
        ERROR, WARNING, INFO;

        public String label() {
            return name().toLowerCase();
        }
    }

    @Override
    public String toString() {
        return file + ":" + line + ":" + column + ": " + severity.label() + ": " + message;
    }
}
