package org.memdsl.runtime.array;

import java.util.List;

import org.memdsl.runtime.catalog.Kind;
import org.memdsl.runtime.catalog.ParameterValues;

/**
 * A way to give a pattern (listed in {@link PatternKinds}), by the name used after
 * {@code pattern NAME :}: rows of text in the file, an image file, an image of a data set.
 */
public interface PatternKind extends Kind {

    /** Whether the declaration writes the pattern as rows of text in quotes. */
    boolean takesRows();

    /** @throws IllegalArgumentException naming the row, column or file of what is wrong */
    Pattern create(String name, List<String> rows, ParameterValues parameters);
}
