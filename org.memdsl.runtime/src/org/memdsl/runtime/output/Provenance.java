package org.memdsl.runtime.output;

import java.util.List;

/**
 * Where a result came from: enough to reproduce it bit for bit. {@code specSha256} hashes the
 * {@code .mem} file and every file it imports, in the order listed in {@code specFiles}.
 */
public record Provenance(String memdslVersion, String experiment, List<String> specFiles, String specSha256,
        long seed, String createdUtc, String javaVersion, List<String> outputs) {
}
