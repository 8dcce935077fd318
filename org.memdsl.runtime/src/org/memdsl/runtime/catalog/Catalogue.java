package org.memdsl.runtime.catalog;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The kinds of one sort the engine provides (device families, stimulus kinds, …), in a fixed order,
 * looked up by the name a {@code .mem} file uses. Adding a kind is one line in the catalogue's list;
 * everything else (validation, content assist, hover, reference, contract tests) iterates it.
 *
 * @param noun what one entry is called in messages, e.g. {@code device family}
 * @param keyword the word of the language that names an entry, e.g. {@code device}
 */
public record Catalogue<K extends Kind>(String noun, String keyword, List<K> all) {

    public Catalogue {
        all = List.copyOf(all);
        Set<String> names = new HashSet<>();
        for (K kind : all) {
            if (!kind.name().matches("[a-z][a-z0-9_]*")) {
                throw new IllegalArgumentException(noun + " '" + kind.name() + "' is not a lower-case identifier");
            }
            if (!names.add(kind.name())) {
                throw new IllegalArgumentException(noun + " '" + kind.name() + "' is listed twice");
            }
        }
    }

    public Optional<K> byName(String name) {
        return all.stream().filter(k -> k.name().equals(name)).findFirst();
    }

    public List<String> names() {
        return all.stream().map(Kind::name).toList();
    }

    /** {@code unknown device family 'x'; known: a, b, c}. */
    public String unknown(String name) {
        return "unknown " + noun + " '" + name + "'; known: " + String.join(", ", names());
    }
}
