package org.memdsl.runtime.array;

import java.util.List;

import org.memdsl.runtime.catalog.AbstractKind;
import org.memdsl.runtime.catalog.Parameter;
import org.memdsl.runtime.catalog.ParameterValues;

/** {@code pattern NAME : image { file = "eight.png" }}: the brightness of an image file (PNG, PGM, …). */
final class ImagePattern extends AbstractKind implements PatternKind {

    ImagePattern() {
        super("image", "brightness of an image file (PNG, PGM, GIF, BMP), resolved next to the .mem file", List.of(
                Parameter.file("file", "the image"),
                Parameter.choice("invert", "no", List.of("no", "yes"), "dark ink on white: level = 1 − brightness")));
    }

    @Override
    public boolean takesRows() {
        return false;
    }

    @Override
    public Pattern create(String name, List<String> rows, ParameterValues p) {
        return PatternImages.read(name, p.file("file"), p.choice("invert").equals("yes"));
    }
}
