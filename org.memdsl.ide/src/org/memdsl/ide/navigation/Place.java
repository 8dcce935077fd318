package org.memdsl.ide.navigation;

import org.eclipse.emf.common.util.URI;

/** A stretch of a {@code .mem} file: where a name is declared or used. {@code line} counts from 1. */
public record Place(URI uri, int offset, int length, int line) {
}
