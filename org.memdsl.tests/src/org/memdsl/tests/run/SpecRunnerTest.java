package org.memdsl.tests.run;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.OptionalLong;

import javax.imageio.ImageIO;

import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.memdsl.run.SpecErrorsException;
import org.memdsl.run.SpecRunner;
import org.memdsl.runtime.MemdslVersion;
import org.memdsl.runtime.output.FigureFiles;
import org.memdsl.tests.MemDslInjectorProvider;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import com.google.inject.Inject;

/** The shipped example runs end to end into CSV, PNG and provenance, reproducibly. */
@ExtendWith(InjectionExtension.class)
@InjectWith(MemDslInjectorProvider.class)
class SpecRunnerTest {

    private static final Path EXAMPLE = Path.of("../examples/potentiation.mem");
    private static final SpecRunner.Progress QUIET = (e, i, n, f) -> {
    };

    @Inject
    private SpecRunner runner;

    @Test
    void exampleWritesTablesFiguresAndProvenance(@TempDir Path out) throws Exception {
        List<SpecRunner.Outcome> outcomes = runner.run(EXAMPLE, out, OptionalLong.empty(), QUIET);

        assertEquals(List.of("potentiation", "hysteresis"), outcomes.stream().map(o -> o.experiment()).toList());
        for (String name : List.of("current.csv", "current.png", "current.svg", "current.pdf", "epsc.csv", "epsc.png",
                "summary.json", "provenance.json")) {
            assertTrue(Files.size(out.resolve("potentiation").resolve(name)) > 0, name);
        }
        assertTrue(Files.exists(out.resolve("hysteresis/iv.png")));

        List<String> epsc = Files.readAllLines(out.resolve("potentiation/epsc.csv"));
        assertEquals("pulse [1],epsc [A]", epsc.get(0));
        assertEquals(21, epsc.size(), "header and twenty pulses");
        double previous = 0;
        for (String row : epsc.subList(1, epsc.size())) {
            double current = Double.parseDouble(row.split(",")[1]);
            assertTrue(current > previous, "each pulse raises the conductance: " + row);
            previous = current;
        }

        BufferedImage png = ImageIO.read(out.resolve("potentiation/epsc.png").toFile());
        assertEquals(FigureFiles.WIDTH, png.getWidth());
        assertEquals(FigureFiles.HEIGHT, png.getHeight());

        JsonObject provenance;
        try (Reader r = Files.newBufferedReader(out.resolve("potentiation/provenance.json"))) {
            provenance = JsonParser.parseReader(r).getAsJsonObject();
        }
        assertEquals(42, provenance.get("seed").getAsLong());
        assertEquals(MemdslVersion.get(), provenance.get("memdslVersion").getAsString());
        MessageDigest sha = MessageDigest.getInstance("SHA-256");
        sha.update(Files.readAllBytes(EXAMPLE));
        sha.update(Files.readAllBytes(Path.of("../examples/devices.mem")));
        assertEquals(HexFormat.of().formatHex(sha.digest()), provenance.get("specSha256").getAsString(),
                "hash covers the spec and its import, in that order");
        assertEquals(2 + 2 * 3 + 1 + 1, provenance.getAsJsonArray("outputs").size() + 1,
                "two tables, two figures as PNG, SVG and PDF, the summary, and provenance itself");
        assertEquals("[\"potentiation.mem\",\"devices.mem\"]", provenance.get("specFiles").toString(),
                "spec files relative to the spec's folder: no one's disk in a shared provenance");
        assertEquals("{}", provenance.get("options").toString(), "no option changed the results");
    }

    /**
     * Provenance lists every file read with its SHA-256 (the spec, its import and the measured table
     * a device reads), relative to the spec; the run's report embeds the figures, the spec and those
     * hashes in one HTML file.
     */
    @Test
    void provenanceHashesEveryInputAndTheReportHoldsTheRun(@TempDir Path out) throws Exception {
        Path spec = Path.of("../examples/measured-synapse.mem");
        runner.run(spec, out, OptionalLong.of(5), QUIET);
        Path experiment;
        try (var dirs = Files.list(out)) {
            experiment = dirs.filter(d -> Files.exists(d.resolve("provenance.json"))).findFirst().orElseThrow();
        }
        JsonObject provenance;
        try (Reader r = Files.newBufferedReader(experiment.resolve("provenance.json"))) {
            provenance = JsonParser.parseReader(r).getAsJsonObject();
        }
        var inputs = provenance.getAsJsonArray("inputs");
        JsonObject table = inputs.asList().stream().map(e -> e.getAsJsonObject())
                .filter(i -> i.get("path").getAsString().equals("data/ltp-ltd.csv")).findFirst()
                .orElseThrow(() -> new AssertionError(inputs.toString()));
        assertEquals("data", table.get("kind").getAsString());
        MessageDigest sha = MessageDigest.getInstance("SHA-256");
        assertEquals(HexFormat.of().formatHex(sha.digest(Files.readAllBytes(Path.of("../examples/data/ltp-ltd.csv")))),
                table.get("sha256").getAsString());
        assertEquals("spec", inputs.get(0).getAsJsonObject().get("kind").getAsString());
        assertEquals("measured-synapse.mem", inputs.get(0).getAsJsonObject().get("path").getAsString());
        assertEquals("{\"seed\":\"5\"}", provenance.get("options").toString());
        assertTrue(inputs.asList().stream().map(i -> i.getAsJsonObject().get("path").getAsString())
                .noneMatch(p -> Path.of(p).isAbsolute()), "no absolute path: " + inputs);

        String report = Files.readString(out.resolve("report.html"));
        assertTrue(report.startsWith("<!DOCTYPE html>"), report.substring(0, 40));
        assertTrue(report.contains("<code>data/ltp-ltd.csv</code></td><td>data</td><td><code>"
                + table.get("sha256").getAsString()), "the report lists the inputs with their hashes");
        assertTrue(report.contains("data:image/png;base64,iVBOR"), "figures embedded as PNG");
        assertTrue(report.contains(Files.readString(spec).lines().findFirst().orElseThrow()),
                "the spec's text is in the report");
    }

    @Test
    void sameSpecAndSeedGiveIdenticalFiles(@TempDir Path first, @TempDir Path second) throws Exception {
        runner.run(EXAMPLE, first, OptionalLong.of(3), QUIET);
        runner.run(EXAMPLE, second, OptionalLong.of(3), QUIET);
        for (String name : List.of("potentiation/current.csv", "potentiation/epsc.csv", "hysteresis/iv.csv")) {
            assertArrayEquals(Files.readAllBytes(first.resolve(name)), Files.readAllBytes(second.resolve(name)), name);
        }
    }

    @Test
    void specWithErrorsIsNotRunAndNamesFileLineColumn(@TempDir Path dir) throws Exception {
        Path spec = dir.resolve("bad.mem");
        Files.writeString(spec, """
                device cell : linear_ion_drift { }
                stimulus p : pulse { amplitude = 1 V width = 5 mV }
                experiment e { device cell apply p measure current }
                """);
        SpecErrorsException e = assertThrows(SpecErrorsException.class,
                () -> runner.run(spec, dir.resolve("out"), OptionalLong.empty(), QUIET));
        assertEquals(List.of(spec.toAbsolutePath() + ":2:48: error: 'mV' is not a unit of time (s) for 'width'"),
                e.issues().stream().map(Object::toString).toList());
        assertTrue(Files.notExists(dir.resolve("out")), "nothing is written for a spec with errors");
    }

    @Test
    void missingImportIsReportedAtTheImport(@TempDir Path dir) throws Exception {
        Path spec = dir.resolve("main.mem");
        Files.writeString(spec, """
                import "nowhere.mem"
                stimulus p : pulse { amplitude = 1 V width = 5 ms }
                experiment e { device cell apply p measure current }
                """);
        SpecErrorsException e = assertThrows(SpecErrorsException.class,
                () -> runner.run(spec, dir.resolve("out"), OptionalLong.empty(), QUIET));
        String all = e.getMessage();
        assertTrue(all.contains(spec.toAbsolutePath() + ":1:8: error: imported file 'nowhere.mem' does not exist"),
                all);
        assertTrue(all.contains(spec.toAbsolutePath() + ":3:23: error: Couldn't resolve reference to Device 'cell'."),
                all);
    }

    /** A {@code figure} block draws outputs of two experiments in one figure, each series named by its experiment. */
    @Test
    void figureBlockOverlaysExperiments(@TempDir Path dir) throws Exception {
        Path spec = dir.resolve("overlay.mem");
        Files.writeString(spec, """
                device cell : linear_ion_drift { }
                stimulus weak : train { amplitude = 1 V width = 1 ms frequency = 100 Hz count = 5 }
                stimulus strong : train { amplitude = 2 V width = 1 ms frequency = 100 Hz count = 5 }
                experiment a { device cell apply weak measure epsc }
                experiment b { device cell apply strong measure epsc }
                figure weak_strong { a.epsc, b.epsc }
                """);
        List<SpecRunner.Outcome> outcomes = runner.run(spec, dir.resolve("out"), OptionalLong.empty(), QUIET);
        assertEquals(List.of("a", "b", "weak_strong"), outcomes.stream().map(o -> o.experiment()).toList());
        org.memdsl.runtime.result.Figure overlay = outcomes.get(2).result().figures().get(0);
        assertEquals(List.of("a", "b"), overlay.series().stream().map(s -> s.label()).toList());
        assertEquals(outcomes.get(1).result().figures().get(0).series().get(0).y()[4], overlay.series().get(1).y()[4]);
        assertTrue(Files.size(dir.resolve("out/weak_strong/weak_strong.png")) > 0);
        assertTrue(Files.exists(dir.resolve("out/weak_strong/provenance.json")));
    }
}
