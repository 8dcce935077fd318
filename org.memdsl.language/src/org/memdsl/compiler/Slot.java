package org.memdsl.compiler;

import org.memdsl.runtime.device.Dimension;

/** What one {@code name = value} assignment may hold where it is written. */
public record Slot(String name, Dimension dimension, boolean list, double min, double max) {
}
