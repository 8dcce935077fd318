package org.memdsl.runtime.device;

/** A device parameter that names a file of measured data (a path relative to the {@code .mem} file). */
public record FileParameterSpec(String name, String description) {
}
