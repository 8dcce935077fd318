package org.memdsl.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code memdsl bundle} packs a spec with its import and its measured table; {@code memdsl run}
 * of the bundle gives byte-identical tables to the original, and refuses a bundle whose file was
 * changed after packing, naming the file.
 */
class BundleTest {

    /** A spec in its own folder importing a device file that reads a measured table. */
    private static Path spec(Path folder) throws Exception {
        Files.createDirectories(folder.resolve("data"));
        Files.copy(Path.of("../../examples/data/ltp-ltd.csv"), folder.resolve("data/ltp-ltd.csv"));
        Files.writeString(folder.resolve("cells.mem"), """
                device measured : pulse_table { table = "data/ltp-ltd.csv" v_threshold = 0.5 V pulse_width = 1 ms }
                """);
        Path spec = folder.resolve("shared.mem");
        Files.writeString(spec, """
                import "cells.mem"
                stimulus up : train { amplitude = 1 V width = 1 ms frequency = 250 Hz count = 17 tail = 2 ms }
                experiment ltp { device measured apply up sample = 0.1 ms measure epsc }
                """);
        return spec;
    }

    private static void assertPacked(Path bundle, String... entries) throws Exception {
        try (FileSystem zip = FileSystems.newFileSystem(bundle)) {
            for (String entry : entries) {
                assertTrue(Files.exists(zip.getPath(entry)), entry + " packed");
            }
        }
    }

    /** Runs the spec into {@code dir/a} and its bundle into {@code dir/b}; both must succeed. */
    private static void runSpecAndBundle(Path spec, Path bundle, Path dir) {
        Cli.Result original = Cli.execute("run", spec.toString(), "--out", dir.resolve("a").toString(),
                "--no-progress");
        Cli.Result fromBundle = Cli.execute("run", bundle.toString(), "--out", dir.resolve("b").toString(),
                "--no-progress");
        assertEquals(0, original.exit(), original.err());
        assertEquals(0, fromBundle.exit(), fromBundle.err());
    }

    @Test
    void aBundleRunsToTheSameTablesAsItsSpec(@TempDir Path dir) throws Exception {
        Path spec = spec(dir.resolve("lab"));
        Cli.Result bundled = Cli.execute("bundle", spec.toString());
        assertEquals(0, bundled.exit(), bundled.err());
        Path bundle = dir.resolve("lab/shared.membundle");
        assertEquals(bundle + "\n", bundled.out());
        assertPacked(bundle, "bundle.json", "shared.mem", "cells.mem", "data/ltp-ltd.csv");
        runSpecAndBundle(spec, bundle, dir);
        for (String table : List.of("ltp/epsc.csv", "ltp/current.csv")) {
            if (Files.exists(dir.resolve("a").resolve(table))) {
                assertArrayEquals(Files.readAllBytes(dir.resolve("a").resolve(table)),
                        Files.readAllBytes(dir.resolve("b").resolve(table)), table);
            }
        }
        assertTrue(Files.exists(dir.resolve("b/ltp/epsc.csv")), "the bundle's run wrote its tables");
        assertTrue(Files.readString(dir.resolve("b/ltp/provenance.json")).contains("\"data/ltp-ltd.csv\""),
                "the unpacked spec reads its table by the same relative path");
    }

    /** A spec reading data beside its folder ({@code ../data}, inside its project) keeps that place in the bundle. */
    @Test
    void aSpecReadingAboveItsFolderInsideItsProjectIsBundledWithThatPlace(@TempDir Path dir) throws Exception {
        Path project = dir.resolve("project");
        spec(project);
        Files.createFile(project.resolve(".memdsl-root"));
        Files.createDirectories(project.resolve("specs"));
        Path spec = project.resolve("specs/above.mem");
        Files.writeString(spec, """
                device measured : pulse_table { table = "../data/ltp-ltd.csv" v_threshold = 0.5 V pulse_width = 1 ms }
                stimulus up : train { amplitude = 1 V width = 1 ms frequency = 250 Hz count = 17 tail = 2 ms }
                experiment ltp { device measured apply up sample = 0.1 ms measure epsc }
                """);
        Path bundle = dir.resolve("above.membundle");
        Cli.Result bundled = Cli.execute("bundle", spec.toString(), "--out", bundle.toString());
        assertEquals(0, bundled.exit(), bundled.err());
        assertPacked(bundle, "bundle.json", "specs/above.mem", "data/ltp-ltd.csv");
        runSpecAndBundle(spec, bundle, dir);
        assertArrayEquals(Files.readAllBytes(dir.resolve("a/ltp/epsc.csv")), Files.readAllBytes(dir.resolve(
                "b/ltp/epsc.csv")), "the same table from the bundle");
    }

    @Test
    void aChangedFileInTheBundleIsRefusedByName(@TempDir Path dir) throws Exception {
        Path spec = spec(dir.resolve("lab"));
        Path bundle = dir.resolve("shared.membundle");
        assertEquals(0, Cli.execute("bundle", spec.toString(), "--out", bundle.toString()).exit());
        try (FileSystem zip = FileSystems.newFileSystem(URI.create("jar:" + bundle.toUri()), Map.of())) {
            Files.writeString(zip.getPath("data/ltp-ltd.csv"), "pulse,conductance\n1,1e-9\n");
        }
        Cli.Result r = Cli.execute("run", bundle.toString(), "--out", dir.resolve("out").toString(), "--no-progress");
        assertEquals(Main.EXIT_SPEC_ERRORS, r.exit());
        assertTrue(r.err().startsWith(bundle + ":1:1: error: 'data/ltp-ltd.csv' differs from the bundle's record"),
                r.err());
        assertTrue(!Files.exists(dir.resolve("out/ltp")), "nothing run");
    }

    @Test
    void aSpecReadingOutsideItsFolderCannotBeBundled(@TempDir Path dir) throws Exception {
        spec(dir.resolve("lab"));
        Path outside = dir.resolve("elsewhere.mem");
        Files.writeString(outside, """
                import "lab/cells.mem"
                experiment e { device measured apply up }
                """.replace("apply up", "apply p") + "stimulus p : pulse { amplitude = 1 V width = 1 ms }\n");
        Path inner = dir.resolve("lab/inner.mem");
        Files.writeString(inner, "import \"../elsewhere.mem\"\n");
        Cli.Result r = Cli.execute("bundle", inner.toString());
        assertEquals(Main.EXIT_SPEC_ERRORS, r.exit(), r.out());
        assertTrue(r.err().contains(":1:8: error: '../elsewhere.mem' cannot be imported: it lies outside the project "
                + "folder"), "a spec reads only inside its project, so such a spec is refused before bundling: "
                + r.err());
    }
}
