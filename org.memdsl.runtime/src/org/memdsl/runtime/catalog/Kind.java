package org.memdsl.runtime.catalog;

import java.util.List;
import java.util.Optional;

/**
 * Anything a {@code .mem} file names by a word the grammar does not know: a device family, a
 * stimulus kind, a measurement kind, a network kind and its outputs, an array kind. A kind has a
 * name, one line of description, its parameters and the source it follows; it is listed in one
 * {@link Catalogue}, from which the validator, content assist, hover, the generated reference and
 * the contract tests all take it.
 */
public interface Kind {

    /** The name written in a {@code .mem} file, a lower-case identifier unique in its catalogue. */
    String name();

    /** One line for content assist, hover and the reference. */
    String description();

    /** The parameters a declaration of this kind accepts, in the order the reference lists them. */
    List<Parameter> parameters();

    /** Where the model or protocol comes from (a citation into {@code docs/}); empty when none. */
    default String source() {
        return "";
    }

    /**
     * Values of a typical declaration, in SI units, giving at least every required number (files
     * excepted): shown by the reference and content assist, and built by the contract tests.
     */
    default Values example() {
        return Values.NONE;
    }

    default Optional<Parameter> parameter(String parameterName) {
        return parameters().stream().filter(p -> p.name().equals(parameterName)).findFirst();
    }
}
