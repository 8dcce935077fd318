package org.memdsl.compiler;

import org.memdsl.runtime.device.Dimension;

/**
 * What one {@code name = value} assignment may hold where it is written: a quantity, a list of
 * quantities, or ({@code file}) the name of a data file in quotes.
 */
public record Slot(String name, Dimension dimension, boolean list, double min, double max, boolean file) {
}
