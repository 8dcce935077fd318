package org.memdsl.ide.navigation;

import java.util.List;

/**
 * A declaration of a {@code .mem} file as the outline shows it: its name, what it is ({@code kind},
 * e.g. {@code device}), a detail such as the family, the whole declaration's stretch and its name's,
 * and the declarations it contains.
 */
public record SpecSymbol(String name, String kind, String detail, int offset, int length, int nameOffset,
        int nameLength, List<SpecSymbol> children) {

    /** {@code name : detail}, or the name alone (also where the detail only repeats it). */
    public String label() {
        return detail == null || detail.isEmpty() || detail.equals(name) ? name : name + " : " + detail;
    }
}
