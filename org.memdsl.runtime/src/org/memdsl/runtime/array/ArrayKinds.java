package org.memdsl.runtime.array;

import java.util.List;

import org.memdsl.runtime.catalog.Catalogue;
import org.memdsl.runtime.crossbar.CrossbarKind;
import org.memdsl.runtime.network.PhotoArrayKind;

/** The array kinds of the engine, by the name used after {@code array NAME :}. */
public final class ArrayKinds {

    public static final Catalogue<ArrayKind> CATALOGUE = new Catalogue<>("array kind", "array", List.of(
            new CrossbarKind(),
            new PhotoArrayKind()));

    private ArrayKinds() {
    }
}
