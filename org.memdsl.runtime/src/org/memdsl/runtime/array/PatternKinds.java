package org.memdsl.runtime.array;

import java.util.List;

import org.memdsl.runtime.catalog.Catalogue;

/** The ways to give a pattern, by the name used after {@code pattern NAME :}. */
public final class PatternKinds {

    public static final Catalogue<PatternKind> CATALOGUE = new Catalogue<>("pattern kind", "pattern", List.of(
            new BitmapPattern(),
            new ImagePattern(),
            new DigitPattern()));

    private PatternKinds() {
    }
}
