package org.memdsl.spark;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalLong;

import org.memdsl.MemDslStandaloneSetup;
import org.memdsl.run.SpecRunner;

/**
 * {@code bin/memdsl bench-study [POINTS | FILE.mem]}: one device-variation study (paired-pulse
 * synapse, two drawn parameters, two reports; 10 000 points by default), or every study of a file
 * (for example {@code examples/paper-c-snn-study.mem}: paper C's network over 16 varied devices), run
 * by the embedded engine on every core and by Spark on {@code local[2]}, in this JVM one after the
 * other; prints both times, the ratio, and whether the tables are identical.
 */
public final class StudyBench {

    private static final String BENCH_SPEC = """
            device synapse : soft_bound_pulse { g_min = 1 nS g_max = 100 nS g0 = 1 nS v_threshold = 0.5 V
                pulse_width = 1 ms states = 50 a_ltp = 8 a_ltd = 3 }
            stimulus pairs : paired { amplitude = 1 V width = 1 ms intervals = [2 ms, 5 ms, 10 ms] rest = 10 ms }
            experiment ppf { device synapse apply pairs seed = 1 measure ppf measure epsc }
            study spread {
                experiment ppf
                vary device.g_max lognormal 20 %
                vary device.a_ltp normal 10 %
                samples = POINTS
                seed = 11
                report first ppf.ppf_percent as ppf_first
                report last epsc.epsc as epsc_last
            }
            """;

    private StudyBench() {
    }

    public static void main(String[] args) throws Exception {
        Path dir = Files.createTempDirectory("memdsl-bench-study");
        Path spec;
        String what;
        if (args.length > 0 && args[0].endsWith(".mem")) {
            spec = Path.of(args[0]).toAbsolutePath();
            what = "the studies of " + args[0];
        } else {
            int points = args.length > 0 ? Integer.parseInt(args[0]) : 10_000;
            spec = dir.resolve("bench.mem");
            Files.writeString(spec, spec(points));
            what = points + " points";
        }
        System.setProperty("guice_bytecode_gen_option", "DISABLED");
        SpecRunner embedded = new MemDslStandaloneSetup().createInjectorAndDoEMFRegistration()
                .getInstance(SpecRunner.class);
        SpecRunner spark = new MemDslStandaloneSetup().createInjectorAndDoEMFRegistration()
                .getInstance(SpecRunner.class);
        spark.useStudyEngine("spark", Map.of("master", "local[2]"));
        double tEmbedded = time(embedded, spec, dir.resolve("embedded"));
        double tSpark = time(spark, spec, dir.resolve("spark"));
        boolean same = true;
        int tables = 0;
        try (var files = Files.walk(dir.resolve("embedded"))) {
            for (Path table : files.filter(p -> p.getFileName().toString().equals("study.csv")).toList()) {
                Path other = dir.resolve("spark").resolve(dir.resolve("embedded").relativize(table));
                same &= Files.exists(other) && Files.readString(table).equals(Files.readString(other));
                tables++;
            }
        }
        System.out.printf(Locale.ROOT, "%s on %d cores: embedded %.1f s, Spark local[2] %.1f s "
                + "(Spark / embedded = %.2f); %d study tables identical: %s%n", what,
                Runtime.getRuntime().availableProcessors(), tEmbedded, tSpark, tSpark / tEmbedded, tables, same);
        System.exit(same ? 0 : 1);
    }

    private static double time(SpecRunner runner, Path spec, Path out) throws Exception {
        long start = System.nanoTime();
        runner.run(spec, out, OptionalLong.empty(), (x, i, n, f) -> {
        });
        return (System.nanoTime() - start) * 1e-9;
    }

    /** The benchmark's spec: study 'spread' of {@code points} samples. */
    public static String spec(int points) {
        return BENCH_SPEC.replace("POINTS", Integer.toString(points));
    }
}
