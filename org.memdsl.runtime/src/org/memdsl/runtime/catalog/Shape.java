package org.memdsl.runtime.catalog;

/** What one {@code name = value} of a declaration holds. */
public enum Shape {
    /** One quantity, e.g. {@code width = 5 ms}. */
    SCALAR,
    /** One whole number, e.g. {@code count = 20}. */
    INTEGER,
    /** A list of quantities in brackets, e.g. {@code intervals = [1 ms, 5 ms]}. */
    LIST,
    /** The name of a data file in quotes, relative to the {@code .mem} file, e.g. {@code table = "g.csv"}. */
    FILE,
    /** One of named options, e.g. {@code bias = half}. */
    CHOICE
}
