package org.memdsl.runtime.output;

/**
 * A file a run read, for its provenance: the path relative to the spec's folder (with {@code /}),
 * what it is ({@code spec}, {@code import}, {@code data}, {@code data-folder}, {@code library}) and
 * the SHA-256 of its bytes (of a folder: of its files' names and hashes, in name order).
 */
public record InputFile(String path, String kind, String sha256) {
}
