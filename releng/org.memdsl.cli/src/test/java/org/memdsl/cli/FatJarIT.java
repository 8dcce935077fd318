package org.memdsl.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
}
