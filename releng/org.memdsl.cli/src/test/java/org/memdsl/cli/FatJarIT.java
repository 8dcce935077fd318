package org.memdsl.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.DataOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The shaded jar as users run it. Guards the plugin.properties pitfall: if EMF's resources are not
 * merged into the jar, the Diagnostician silently skips every {@code @Check} and only syntax errors
 * would be reported.
 */
class FatJarIT {

    private static final Path JAR = Path.of(System.getProperty("memdsl.cli.jar", "target/memdsl-cli.jar"));

    private record Result(int exit, String out, String err) {
    }

    private static Result java(Path workDir, String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
                .toString(), "-Djava.awt.headless=true", "-jar", JAR.toAbsolutePath().toString()));
        command.addAll(List.of(args));
        Path out = workDir.resolve("stdout.txt");
        Path err = workDir.resolve("stderr.txt");
        Process p = new ProcessBuilder(command).directory(workDir.toFile()).redirectOutput(out.toFile())
                .redirectError(err.toFile()).start();
        assertTrue(p.waitFor(120, TimeUnit.SECONDS), "memdsl-cli.jar did not finish");
        return new Result(p.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
                Files.readString(err, StandardCharsets.UTF_8));
    }

    @Test
    void customValidationRulesRunInsideTheJar(@TempDir Path dir) throws Exception {
        Path bad = dir.resolve("bad.mem");
        Files.writeString(bad, """
                stimulus p : pulse { amplitude = 1 V width = 5 mV }
                """);
        Result r = java(dir, "check", bad.toString());
        assertEquals(1, r.exit(), r.err());
        assertEquals(bad + ":1:48: error: 'mV' is not a unit of time (s) for 'width'\n", r.err());
    }

    @Test
    void runProducesCsvPngAndProvenance(@TempDir Path dir) throws Exception {
        Path example = Path.of(System.getProperty("memdsl.examples", "../../examples"), "potentiation.mem");
        Result r = java(dir, "run", example.toAbsolutePath().toString(), "--out", "res");
        assertEquals(0, r.exit(), r.err());
        for (String f : List.of("epsc.csv", "epsc.png", "current.csv", "current.png", "provenance.json")) {
            assertTrue(Files.size(dir.resolve("res/potentiation").resolve(f)) > 0, f);
        }
        byte[] png = Files.readAllBytes(dir.resolve("res/potentiation/epsc.png"));
        assertEquals((byte) 0x89, png[0]);
        assertEquals('P', png[1]);
    }

    /** A tiny IDX dataset: horizontal (label 0) or vertical (label 1) stripes of 10 × 10 pixels. */
    private static void stripes(Path images, Path labels, int count) throws Exception {
        try (DataOutputStream im = new DataOutputStream(Files.newOutputStream(images));
                DataOutputStream lab = new DataOutputStream(Files.newOutputStream(labels))) {
            im.writeInt(0x00000803);
            im.writeInt(count);
            im.writeInt(10);
            im.writeInt(10);
            lab.writeInt(0x00000801);
            lab.writeInt(count);
            for (int k = 0; k < count; k++) {
                for (int p = 0; p < 100; p++) {
                    boolean lit = k % 2 == 0 ? (p / 10) % 2 == 0 : (p % 10) % 2 == 0;
                    im.writeByte(lit ? 200 + (k * 7 + p) % 56 : 0);
                }
                lab.writeByte(k % 2);
            }
        }
    }

    /**
     * The same network file and seed give byte-identical tables in two separate JVMs (hash-map
     * iteration order changes from one JVM to the next, so no random draw may follow it), with
     * device-to-device variation of two parameters.
     */
    @Test
    void networkRunsAreIdenticalAcrossProcesses(@TempDir Path dir) throws Exception {
        stripes(dir.resolve("images.idx"), dir.resolve("labels.idx"), 120);
        Files.writeString(dir.resolve("net.mem"), """
                device cell : soft_bound_pulse { g_min = 1 nS g_max = 100 nS g0 = 1 nS states = 50 a_ltp = 20 }
                network stripes : diehl_cook {
                    device cell vary a_ltp 20 %, g_max 10 %, a_ltd 20 %
                    images = "images.idx"
                    labels = "labels.idx"
                    excitatory = 10 train = 80 test = 40 interval = 20 variants = 4 column_sum = 10
                    potentiation = 1 V depression = -1 V pulse_width = 1 ms pulses = 50
                    measure accuracy measure neurons measure confusion
                }
                """);
        for (String out : List.of("a", "b")) {
            Result r = java(dir, "run", "net.mem", "--out", out, "--seed", "3");
            assertEquals(0, r.exit(), r.err());
        }
        for (String csv : List.of("accuracy.csv", "neurons.csv", "confusion.csv")) {
            assertArrayEquals(Files.readAllBytes(dir.resolve("a/stripes").resolve(csv)),
                    Files.readAllBytes(dir.resolve("b/stripes").resolve(csv)), csv);
        }
    }
}
