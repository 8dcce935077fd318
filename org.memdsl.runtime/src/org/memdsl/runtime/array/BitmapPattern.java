package org.memdsl.runtime.array;

import java.util.List;

import org.memdsl.runtime.catalog.AbstractKind;
import org.memdsl.runtime.catalog.ParameterValues;

/** {@code pattern NAME : bitmap { "#..#" ".##." … }}: rows of pixels written in the file. */
final class BitmapPattern extends AbstractKind implements PatternKind {

    BitmapPattern() {
        super("bitmap", "rows of pixels in quotes: # or 1 on, . or 0 off, 2…8 a level d/9", List.of());
    }

    @Override
    public boolean takesRows() {
        return true;
    }

    @Override
    public Pattern create(String name, List<String> rows, ParameterValues parameters) {
        return Pattern.ofRows(name, rows);
    }
}
