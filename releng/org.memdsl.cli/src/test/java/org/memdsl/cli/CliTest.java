package org.memdsl.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The commands in-process: exit codes, diagnostics format and written files. */
class CliTest {

    private static final Path EXAMPLE = Path.of("../../examples/potentiation.mem");

    @Test
    void checkOfTheExampleIsClean() {
        Cli.Result r = Cli.execute("check", EXAMPLE.toString());
        assertEquals(0, r.exit(), r.err());
        assertEquals("1 file checked, 0 errors\n", r.out());
        assertEquals("", r.err());
    }

    @Test
    void everyShippedExampleChecksClean() throws Exception {
        List<String> args = new ArrayList<>(List.of("check"));
        try (Stream<Path> files = Files.list(EXAMPLE.getParent())) {
            files.filter(f -> f.toString().endsWith(".mem")).sorted().forEach(f -> args.add(f.toString()));
        }
        Cli.Result r = Cli.execute(args.toArray(String[]::new));
        assertEquals(0, r.exit(), r.err());
        assertEquals((args.size() - 1) + " files checked, 0 errors\n", r.out());
        assertTrue(args.size() >= 4, "devices, potentiation and paired-pulses examples: " + args);
    }

    @Test
    void checkReportsFileLineColumnAndExitsOne(@TempDir Path dir) throws Exception {
        Path bad = dir.resolve("bad.mem");
        Files.writeString(bad, """
                device cell : linear_ion_drift {
                    r_off = 16 kV
                }
                """);
        Cli.Result r = Cli.execute("check", bad.toString());
        assertEquals(Main.EXIT_SPEC_ERRORS, r.exit());
        assertEquals(bad.toAbsolutePath() + ":2:16: error: 'kV' is not a unit of resistance (Ω) for 'r_off'\n",
                r.err());
        assertEquals("1 file checked, 1 error\n", r.out());
    }

    /** {@code check --estimate} prints the rows and the upper run-time estimate of every run on a device. */
    @Test
    void checkEstimatesEveryRun() {
        Path endurance = Path.of("../../examples/papers/paper-c-endurance.mem");
        Cli.Result r = Cli.execute("check", "--estimate", endurance.toString());
        assertEquals(0, r.exit(), r.err());
        assertTrue(r.out().contains(": endurance_2000: up to about 8 s (16000 segments, 522 rows (0.042 MB))"),
                r.out());
    }

    /**
     * A run that could not end in reasonable time is refused before it starts, at the experiment,
     * and runs once the user raises {@code max_run_time} above the estimate.
     */
    @Test
    void runTimeAboveTheLimitIsAnErrorTheUserCanLift(@TempDir Path dir) throws Exception {
        String spec = """
                device cell : linear_ion_drift { }
                stimulus hold : bias { level = 0.1 V duration = 10 s }
                experiment slow { device cell apply hold max_step = 1 ns sample = 0.1 s%s }
                """;
        Path slow = dir.resolve("slow.mem");
        Files.writeString(slow, spec.formatted(""));
        Cli.Result refused = Cli.execute("check", slow.toString());
        assertEquals(Main.EXIT_SPEC_ERRORS, refused.exit());
        assertEquals(slow.toAbsolutePath() + ":3:12: error: experiment 'slow': the run would take up to about 5.6 h "
                + "(1 segment, 102 rows (0.0057 MB), 1e10 steps forced by max_step), more than max_run_time = 1 h: "
                + "shorten the protocol, relax max_step, or raise max_run_time\n", refused.err());
        Files.writeString(slow, spec.formatted(" max_run_time = 6 h"));
        assertEquals(0, Cli.execute("check", slow.toString()).exit());
    }

    /** {@code format --check} names an unformatted file (exit 1); {@code format} fixes it in place. */
    @Test
    void formatChecksAndRewrites(@TempDir Path dir) throws Exception {
        Path spec = dir.resolve("messy.mem");
        Files.writeString(spec, "device cell : vteam {r_on=10 kΩ}\n");
        Cli.Result check = Cli.execute("format", "--check", spec.toString());
        assertEquals(Main.EXIT_SPEC_ERRORS, check.exit());
        assertEquals(spec + ": not formatted\n", check.out());
        assertEquals(0, Cli.execute("format", spec.toString()).exit());
        assertEquals("device cell : vteam { r_on = 10 kΩ }\n", Files.readString(spec));
        assertEquals(0, Cli.execute("format", "--check", spec.toString()).exit());
    }

    @Test
    void missingFileIsAnIoError(@TempDir Path dir) {
        Cli.Result r = Cli.execute("check", dir.resolve("absent.mem").toString());
        assertEquals(Main.EXIT_IO, r.exit());
        assertEquals(dir.resolve("absent.mem") + ": error: no such file\n", r.err());
    }

    @Test
    void runWritesResultsAndListsThem(@TempDir Path out) throws Exception {
        Cli.Result r = Cli.execute("run", EXAMPLE.toString(), "--out", out.toString(), "--seed", "11", "--no-progress");
        assertEquals(0, r.exit(), r.err());
        assertTrue(r.out().contains(out.resolve("potentiation/epsc.csv").toString()), r.out());
        assertTrue(r.out().lines().anyMatch(l -> l.endsWith("hysteresis/provenance.json")), r.out());
        String provenance = Files.readString(out.resolve("potentiation/provenance.json"));
        assertTrue(provenance.contains("\"seed\": 11"), provenance);
    }

    @Test
    void aProtocolThatCannotBeMeasuredIsReportedAtItsMeasurement(@TempDir Path dir) throws Exception {
        Path spec = dir.resolve("odd.mem");
        Files.writeString(spec, """
                device cell : vteam { }
                stimulus three : train { amplitude = 0.1 V width = 1 ms frequency = 100 Hz count = 3 }

                experiment pairs {
                    device cell
                    apply three
                    measure ppf
                }
                """);
        Cli.Result r = Cli.execute("run", spec.toString(), "--out", dir.resolve("out").toString());
        assertEquals(Main.EXIT_SPEC_ERRORS, r.exit());
        assertEquals(spec.toAbsolutePath() + ":7:5: error: measurement 'ppf' needs pulses in pairs, got 3 pulses\n",
                r.err());
    }

    /** A missed {@code expect} exits with 4 and names the line; the results are written all the same. */
    @Test
    void expectationsAreReportedAndAMissIsAnExitCode(@TempDir Path dir) throws Exception {
        Path spec = dir.resolve("expect.mem");
        Files.writeString(spec, """
                device cell : linear_ion_drift { }
                stimulus p : train { amplitude = 1 V width = 1 ms frequency = 100 Hz count = 3 }
                experiment e {
                    device cell
                    apply p
                    measure epsc
                    expect epsc.pulse = 1 ± 0
                    expect last epsc.pulse = 5 ± 10 %
                }
                """);
        Cli.Result r = Cli.execute("run", spec.toString(), "--out", dir.resolve("out").toString());
        assertEquals(Main.EXIT_EXPECTATIONS, r.exit(), r.err());
        assertTrue(r.out().contains(":7:5: expect epsc.pulse = 1 ± 0: 1 (expected 1 ± 0): met"), r.out());
        assertEquals(spec.toAbsolutePath() + ":8:5: expect last epsc.pulse = 5 ± 10 %: 3 (expected 5 ± 10 %): "
                + "NOT MET\n", r.err());
        String csv = Files.readString(dir.resolve("out/e/expectations.csv"));
        assertTrue(csv.contains("expect last epsc.pulse = 5 ± 10 %,epsc,pulse,last,,,1,5,0.5,3,no,"), csv);
        assertTrue(Files.exists(dir.resolve("out/e/epsc.csv")));

        Cli.Result table = Cli.execute("papers", dir.toString(), "--out", dir.resolve("papers").toString());
        assertEquals(Main.EXIT_EXPECTATIONS, table.exit(), table.err());
        assertTrue(table.out().contains(
                "| expect.mem | `expect last epsc.pulse = 5 ± 10 %` | 5 ± 10 % | 3 | **no** |"), table.out());
    }

    @Test
    void pairedPulseExampleWritesThePpfTableWithItsDecayFit(@TempDir Path out) throws Exception {
        Cli.Result r = Cli.execute("run", EXAMPLE.resolveSibling("paired-pulses.mem").toString(), "--out",
                out.toString(), "--no-progress");
        assertEquals(0, r.exit(), r.err());
        List<String> rows = Files.readAllLines(out.resolve("ppf/ppf.csv"));
        assertEquals("interval [s],ppf_percent [%],a2_over_a1 [1],pairs [1],fit_percent [%]", rows.get(0));
        assertEquals(7, rows.size(), "header and six intervals");
        String summary = Files.readString(out.resolve("ppf/summary.json"));
        assertTrue(summary.contains("\"name\": \"fit_tau1\",\n          \"unit\": \"s\",\n          \"value\": "),
                "the fitted fast time constant, once, in the summary: " + summary);
        List<String> run = Files.readAllLines(out.resolve("summary.csv"));
        assertEquals("experiment,output,result,unit,value,label,note", run.get(0));
        assertTrue(run.stream().anyMatch(l -> l.startsWith("ppf,ppf,fit_r_squared,1,0.9")), run.toString());
    }

    @Test
    void runRefusesASpecWithErrors(@TempDir Path dir) throws Exception {
        Path bad = dir.resolve("bad.mem");
        Files.writeString(bad, "stimulus p : pulse { amplitude = 1 s width = 1 ms }\n");
        Cli.Result r = Cli.execute("run", bad.toString(), "--out", dir.resolve("out").toString());
        assertEquals(Main.EXIT_SPEC_ERRORS, r.exit());
        assertEquals(bad.toAbsolutePath() + ":1:36: error: 's' is not a unit of voltage (V) for 'amplitude'\n",
                r.err());
        assertTrue(Files.notExists(dir.resolve("out")));
    }
}
