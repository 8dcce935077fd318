package org.memdsl.runtime.result;

/** An output a block asks for with {@code measure KIND [as NAME]}: the output's kind and its file name. */
public record RequestedOutput(String kind, String name) {
}
