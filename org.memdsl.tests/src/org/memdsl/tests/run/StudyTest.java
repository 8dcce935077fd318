package org.memdsl.tests.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.memdsl.run.SpecLoader;
import org.memdsl.run.SpecRunner;
import org.memdsl.runtime.study.StudyExecutor;
import org.memdsl.tests.MemDslInjectorProvider;

import com.google.inject.Inject;

/**
 * Studies run from a spec: a sweep point equals the experiment run alone with that value, a Monte
 * Carlo study gives the same table on one thread and on two, a study stopped half-way resumes with
 * the same table without redoing kept points, and what cannot run is an error at its place.
 */
@ExtendWith(InjectionExtension.class)
@InjectWith(MemDslInjectorProvider.class)
class StudyTest {

    private static final String SYNAPSE = """
            device synapse : soft_bound_pulse { g_min = 1 nS g_max = 100 nS g0 = 1 nS v_threshold = 0.5 V
                pulse_width = 1 ms states = 50 a_ltp = 8 a_ltd = 3 }
            stimulus pairs : paired { amplitude = 1 V width = 1 ms intervals = [2 ms, 5 ms, 10 ms] rest = 10 ms }
            experiment ppf { device synapse apply pairs seed = 1 measure ppf measure epsc }
            """;

    @Inject
    private SpecRunner runner;

    @Inject
    private SpecLoader loader;

    private void run(Path spec, Path out) throws Exception {
        ResultFiles.run(runner, spec, out);
    }

    @Test
    void aSweepPointEqualsTheExperimentRunAloneWithItsValue(@TempDir Path dir) throws Exception {
        Path spec = dir.resolve("sweep.mem");
        Files.writeString(spec, SYNAPSE + """
                study amplitude {
                    experiment ppf
                    each pairs.amplitude in [0.6 V, 1 V, 2 V]
                    report first ppf.ppf_percent as ppf_first
                    report last epsc.epsc as epsc_last
                }
                """);
        run(spec, dir.resolve("out"));
        List<String> rows = Files.readAllLines(dir.resolve("out/amplitude/study.csv"));
        assertEquals("point [1],sample [1],pairs_amplitude [V],ppf_first [%],epsc_last [A]", rows.get(0));
        assertEquals(4, rows.size(), rows.toString());
        String alone = Files.readAllLines(dir.resolve("out/ppf/ppf.csv")).get(1).split(",")[1];
        String[] atOneVolt = rows.get(2).split(",");
        assertEquals("1", atOneVolt[2]);
        assertEquals(alone, atOneVolt[3], "bit-identical to the experiment run alone at 1 V");
        double low = Double.parseDouble(rows.get(1).split(",")[4]);
        double high = Double.parseDouble(rows.get(3).split(",")[4]);
        assertTrue(high > low, "a larger amplitude ends higher on the LTP curve: " + low + " < " + high);
        assertTrue(Files.exists(dir.resolve("out/amplitude/ppf_first_vs_pairs_amplitude.png")));
    }

    @Test
    void aMonteCarloStudyIsTheSameOnOneThreadAndOnTwo(@TempDir Path dir) throws Exception {
        String study = """
                study spread {
                    experiment ppf
                    vary device.g_max lognormal 20 %
                    vary device.a_ltp normal 10 %
                    samples = 24
                    seed = 11
                    threads = THREADS
                    report last epsc.epsc as epsc_last
                }
                """;
        Map<String, String> tables = new HashMap<>();
        for (String threads : List.of("1", "2")) {
            Path spec = dir.resolve("mc" + threads + ".mem");
            Files.writeString(spec, SYNAPSE + study.replace("THREADS", threads));
            run(spec, dir.resolve("out" + threads));
            tables.put(threads, Files.readString(dir.resolve("out" + threads + "/spread/study.csv")));
        }
        assertEquals(tables.get("1"), tables.get("2"));
        List<String> rows = List.of(tables.get("1").split("\n"));
        assertEquals(25, rows.size());
        double[] g = rows.subList(1, 25).stream().mapToDouble(r -> Double.parseDouble(r.split(",")[2])).toArray();
        double meanLog = java.util.Arrays.stream(g).map(v -> Math.log(v / 100e-9)).average().orElseThrow();
        assertTrue(Math.abs(meanLog) < 0.15, "g_max drawn around 100 nS: mean ln ratio " + meanLog);
        String summary = Files.readString(dir.resolve("out1/spread/summary.json"));
        assertTrue(summary.contains("epsc_last_p95") && summary.contains("epsc_last_median"), summary);
        assertTrue(Files.exists(dir.resolve("out1/spread/histogram_epsc_last.png")));
    }

    @Test
    void aStoppedStudyResumesWithoutRedoingKeptPoints(@TempDir Path dir) throws Exception {
        Path spec = dir.resolve("grid.mem");
        Files.writeString(spec, SYNAPSE + """
                study grid {
                    experiment ppf
                    each pairs.amplitude in linspace(0.8 V, 2 V, 4)
                    each pairs.width in logspace(0.5 ms, 2 ms, 3)
                    report first ppf.ppf_percent as ppf_first
                }
                """);
        Path out = dir.resolve("out");
        run(spec, out);
        String table = Files.readString(out.resolve("grid/study.csv"));
        List<Path> saved = StudyExecutor.saved(out.resolve("grid/points"));
        assertEquals(12, saved.size());
        FileTime kept = FileTime.fromMillis(1_000_000_000L);
        for (int k = 0; k < saved.size(); k++) {
            if (k % 3 == 0) {
                Files.delete(saved.get(k));
            } else {
                Files.setLastModifiedTime(saved.get(k), kept);
            }
        }
        Files.delete(out.resolve("grid/study.csv"));
        run(spec, out);
        assertEquals(table, Files.readString(out.resolve("grid/study.csv")));
        for (int k = 0; k < saved.size(); k++) {
            assertEquals(k % 3 != 0, Files.getLastModifiedTime(saved.get(k)).equals(kept), "point file " + k);
        }
        assertTrue(Files.exists(out.resolve("grid/map_ppf_first.png")), "a two-axis grid is drawn as a heat map");
    }

    @Test
    void whatAStudyCannotRunIsAnErrorAtItsPlace(@TempDir Path dir) throws Exception {
        Path spec = dir.resolve("bad.mem");
        Files.writeString(spec, SYNAPSE + """
                stimulus other : pulse { amplitude = 1 V width = 1 ms }
                study bad {
                    experiment ppf
                    each pairs.amplitud in [1 V]
                    each other.amplitude in [1 V]
                    each pairs.width in [-1 ms]
                    vary device.g_max gaussian 10 %
                    report first iv.current
                }
                """);
        List<String> errors = LocatedErrors.of(loader, spec);
        assertEquals(List.of(
                "8:16: stimulus kind 'paired' has no parameter 'amplitud'; its parameters: amplitude, width, edge, "
                        + "intervals, repeats, rest",
                "9:10: 'ppf' does not apply 'other'",
                "10:26: width = -0.001 s is outside the allowed range > 0 s",
                "11:23: no distribution 'gaussian'; expected one of: lognormal, normal, uniform",
                "12:18: 'ppf' measures no 'iv'; it measures: ppf, epsc"), errors);
    }

    @Test
    void correlationsNameVariedParametersWithACoefficientInRange(@TempDir Path dir) throws Exception {
        Path spec = dir.resolve("bad-correlation.mem");
        Files.writeString(spec, SYNAPSE + """
                study a {
                    experiment ppf
                    vary device.g_max lognormal 20 %
                    vary device.a_ltp normal 10 %
                    correlate device.g_max, device.g0 0.5
                    report first ppf.ppf_percent
                }
                study b {
                    experiment ppf
                    vary device.g_max lognormal 20 %
                    vary device.a_ltp normal 10 %
                    correlate device.g_max, device.a_ltp 1.2
                    report first ppf.ppf_percent
                }
                study c {
                    experiment ppf
                    vary device.g_max lognormal 20 %
                    vary device.a_ltp normal 10 %
                    vary device.a_ltd normal 10 %
                    correlate device.g_max, device.a_ltp 0.9
                    correlate device.a_ltp, device.a_ltd 0.9
                    correlate device.g_max, device.a_ltd -0.9
                    report first ppf.ppf_percent
                }
                """);
        List<String> errors = LocatedErrors.of(loader, spec);
        assertEquals(List.of(
                "9:29: 'device.g0' is not varied device to device in this study: 'correlate' names two parameters that "
                        + "'vary' draws for each point",
                "16:42: a correlation coefficient lies in [-1, 1]",
                "24:5: no joint distribution has these correlations together (their matrix is not positive definite; "
                        + "|ρ| = 1 included): weaken them"), errors);
    }

    /**
     * A correlated Monte Carlo study from a spec: 400 samples, the logarithms of g_max and a_ltp
     * drawn with ρ = 0.9 correlate in the table within 0.05 (standard error ≈ 0.01 at n = 400).
     */
    @Test
    void aCorrelatedStudysTableCarriesTheCorrelation(@TempDir Path dir) throws Exception {
        Path spec = dir.resolve("correlated.mem");
        Files.writeString(spec, SYNAPSE + """
                study spread {
                    experiment ppf
                    vary device.g_max lognormal 20 %
                    vary device.a_ltp lognormal 10 %
                    correlate device.g_max, device.a_ltp 0.9
                    samples = 400
                    seed = 5
                    report first ppf.ppf_percent as ppf_first
                }
                """);
        run(spec, dir.resolve("out"));
        List<String> lines = Files.readAllLines(dir.resolve("out/spread/study.csv"));
        List<String> header = List.of(lines.get(0).split(","));
        int g = header.indexOf("device_g_max [S]");
        int a = header.indexOf("device_a_ltp [1]");
        double[] x = new double[lines.size() - 1];
        double[] y = new double[x.length];
        for (int r = 1; r < lines.size(); r++) {
            String[] cells = lines.get(r).split(",");
            x[r - 1] = Math.log(Double.parseDouble(cells[g]));
            y[r - 1] = Math.log(Double.parseDouble(cells[a]));
        }
        assertEquals(400, x.length);
        double mx = java.util.Arrays.stream(x).average().orElseThrow();
        double my = java.util.Arrays.stream(y).average().orElseThrow();
        double sxy = 0;
        double sxx = 0;
        double syy = 0;
        for (int i = 0; i < x.length; i++) {
            sxy += (x[i] - mx) * (y[i] - my);
            sxx += (x[i] - mx) * (x[i] - mx);
            syy += (y[i] - my) * (y[i] - my);
        }
        assertEquals(0.9, sxy / Math.sqrt(sxx * syy), 0.05);
    }

    /**
     * Cycle-to-cycle variation from a spec: 200 read pulses on a resistor-like device (linear ion
     * drift without mobility: 0.1 V / R_off). Run alone every pulse draws the same current; with
     * R_off drawn log-normal 20 % per cycle the largest and smallest pulse currents differ by more
     * than 1.5× (expected about e^(2·0.2·2.8) ≈ 3); R_off is no column of the table (it changes within
     * the run); what cannot vary from cycle to cycle is an error at its place.
     */
    @Test
    void cycleToCycleVariationDrawsEveryCycleAfresh(@TempDir Path dir) throws Exception {
        Path spec = dir.resolve("c2c.mem");
        Files.writeString(spec, """
                device cell : linear_ion_drift { mobility = 0 m^2/(V*s) w0 = 0 r_off = 16 kΩ }
                stimulus read : pulse { amplitude = 0.1 V width = 1 ms }
                experiment reads { device cell apply repeat 200 { read } sample = 0.25 ms measure epsc }
                study cycles {
                    experiment reads
                    vary device.r_off lognormal 20 % cycle_to_cycle
                    report max epsc.epsc as high
                    report min epsc.epsc as low
                }
                """);
        run(spec, dir.resolve("out"));
        double[] alone = ResultFiles.column(dir.resolve("out/reads/epsc.csv"), "epsc");
        assertEquals(200, alone.length);
        assertEquals(alone[0], alone[199], 1e-12 * alone[0], "without variation every read is the same");
        List<String> lines = Files.readAllLines(dir.resolve("out/cycles/study.csv"));
        assertEquals("point [1],sample [1],high [A],low [A]", lines.get(0), "R_off varies within the run: no column");
        String[] row = lines.get(1).split(",");
        double ratio = Double.parseDouble(row[2]) / Double.parseDouble(row[3]);
        assertTrue(ratio > 1.5 && ratio < 10, "max/min over 200 cycles: " + ratio);

        Path bad = dir.resolve("bad-c2c.mem");
        Files.writeString(bad, """
                device cell : linear_ion_drift { mobility = 0 m^2/(V*s) w0 = 0 r_off = 16 kΩ }
                stimulus read : pulse { amplitude = 0.1 V width = 1 ms }
                experiment reads { device cell apply repeat 20 { read } measure epsc }
                study bad {
                    experiment reads
                    vary read.amplitude normal 5 % cycle_to_cycle
                    report max epsc.epsc
                }
                """);
        List<String> errors = LocatedErrors.of(loader, bad);
        assertEquals(List.of("6:10: cycle-to-cycle variation draws a parameter of the experiment's device afresh for "
                + "every stimulus it applies (device.NAME)"), errors);
    }
}
