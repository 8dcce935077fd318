package org.memdsl.library;

import java.net.URISyntaxException;
import java.net.URL;
import java.util.List;
import java.util.Optional;

import org.eclipse.emf.common.util.URI;

/**
 * Protocol libraries shipped with memdsl, imported by name ({@code import standard}) rather than by
 * path. Each is a {@code .mem} file in this package, read from the class path (a jar, a bundle or a
 * directory alike).
 */
public final class Libraries {

    /** The review's metric suite (docs/papers.md#paper-d): EPSC, PPF, energy, LTP/LTD, endurance, retention. */
    public static final String STANDARD = "standard";

    /** Every library name, in the order the reference lists them. */
    public static final List<String> NAMES = List.of(STANDARD);

    private Libraries() {
    }

    /** Where the library {@code name} is, as an EMF URI; empty for an unknown name. */
    public static Optional<URI> uri(String name) {
        if (!NAMES.contains(name)) {
            return Optional.empty();
        }
        URL url = Libraries.class.getResource(name + ".mem");
        if (url == null) {
            throw new IllegalStateException("library '" + name + "' is missing from the memdsl installation");
        }
        try {
            return Optional.of(URI.createURI(url.toURI().toString()));
        } catch (URISyntaxException e) {
            throw new IllegalStateException("library '" + name + "' has no usable location: " + url, e);
        }
    }

    /** Whether {@code uri} is one of the shipped libraries. */
    public static boolean isLibrary(URI uri) {
        return NAMES.stream().map(Libraries::uri).flatMap(Optional::stream).anyMatch(uri::equals);
    }

    /** "unknown library 'x'; known: standard". */
    public static String unknown(String name) {
        return "unknown library '" + name + "'; known: " + String.join(", ", NAMES);
    }
}
