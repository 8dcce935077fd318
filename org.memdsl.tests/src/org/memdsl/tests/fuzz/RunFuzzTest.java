package org.memdsl.tests.fuzz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.SplittableRandom;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Stream;

import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.memdsl.run.SpecErrorsException;
import org.memdsl.run.SpecLoader;
import org.memdsl.run.SpecRunner;
import org.memdsl.tests.MemDslInjectorProvider;

import com.google.inject.Inject;

/**
 * What {@code check} accepts, {@code run} runs: seeded mutants of the small shipped examples that the
 * checker accepts are run, and each run either writes its results or is refused with located errors
 * ({@link SpecErrorsException}); no other exception escapes, no run takes longer than
 * {@link #LIMIT_SECONDS}, and no table holds {@code NaN} or {@code Infinity} (a value that cannot be
 * computed is an empty cell with its reason in the summary). Writes
 * {@code target/fuzz/run-summary.csv} (per class: accepted mutants run, written, refused, uncaught,
 * hangs, tables with NaN, slowest) and the first error of each refusal to {@code run-refusals.txt}.
 */
@Tag("slow")
@ExtendWith(InjectionExtension.class)
@InjectWith(MemDslInjectorProvider.class)
class RunFuzzTest {

    static final long SEED = 20_261_207L;
    static final int RUNS = Integer.getInteger("memdsl.fuzz.runs", 150);
    static final int LIMIT_SECONDS = 60;

    /** Examples small enough to run many times; they import devices.mem and read data/ltp-ltd.csv. */
    static final List<String> SOURCES = List.of("paired-pulses.mem", "potentiation.mem", "measured-synapse.mem");

    @Inject
    private SpecLoader loader;

    @Inject
    private SpecRunner runner;

    @Test
    void everyAcceptedMutantRunsOrIsRefusedWithLocatedErrors(@TempDir Path temp) throws Exception {
        Path dir = Files.createDirectories(temp.resolve("project"));
        Files.createFile(dir.resolve(".memdsl-root"));
        Files.copy(Path.of("../examples/devices.mem"), dir.resolve("devices.mem"));
        Files.createDirectories(dir.resolve("data"));
        Files.copy(Path.of("../examples/data/ltp-ltd.csv"), dir.resolve("data/ltp-ltd.csv"));
        List<String> sources = new ArrayList<>();
        for (String name : SOURCES) {
            sources.add(Files.readString(Path.of("../examples").resolve(name)));
        }
        Map<Mutations, long[]> counts = new EnumMap<>(Mutations.class);
        List<String> problems = new ArrayList<>();
        List<String> refusals = new ArrayList<>();
        SplittableRandom random = new SplittableRandom(SEED);
        Mutations[] classes = Mutations.values();
        ExecutorService worker = Executors.newSingleThreadExecutor();
        int run = 0;
        try {
            for (int i = 0; run < RUNS && i < RUNS * 20; i++) {
                Mutations mutation = classes[i % classes.length];
                String text = mutation.apply(sources.get(random.nextInt(sources.size())), random.split());
                Path mutant = dir.resolve("mutant.mem");
                Files.writeString(mutant, text, StandardCharsets.UTF_8);
                if (loader.load(mutant).hasErrors()) {
                    continue;
                }
                run++;
                long[] c = counts.computeIfAbsent(mutation, m -> new long[7]);
                c[0]++;
                Path out = dir.resolve("out" + i);
                long start = System.nanoTime();
                Future<?> running = worker.submit(() -> {
                    runner.run(mutant, out, OptionalLong.empty(), (x, k, n, f) -> {
                    });
                    return null;
                });
                String label = mutation + " #" + i + ": ";
                try {
                    running.get(LIMIT_SECONDS, TimeUnit.SECONDS);
                    c[1]++;
                    c[5] += nonFiniteTables(out, label, problems);
                } catch (ExecutionException e) {
                    if (e.getCause() instanceof SpecErrorsException refused) {
                        c[2]++;
                        refusals.add(label + refused.issues().get(0));
                        refused.issues().stream().filter(s -> s.line() < 1 || s.column() < 1)
                                .forEach(s -> problems.add(label + "unlocated " + s));
                    } else {
                        c[3]++;
                        problems.add(label + e.getCause() + ": " + excerpt(text));
                    }
                } catch (TimeoutException e) {
                    running.cancel(true);
                    c[4]++;
                    problems.add(label + "no result within " + LIMIT_SECONDS + " s: " + excerpt(text));
                    worker.shutdownNow();
                    worker = Executors.newSingleThreadExecutor();
                }
                c[6] = Math.max(c[6], (System.nanoTime() - start) / 1_000_000);
            }
        } finally {
            worker.shutdownNow();
        }
        StringBuilder csv = new StringBuilder("class,runs,written,refused,uncaught,hangs,tables_with_nan,slowest_ms\n");
        for (var entry : counts.entrySet()) {
            csv.append(entry.getKey().name().toLowerCase(java.util.Locale.ROOT));
            for (long v : entry.getValue()) {
                csv.append(',').append(v);
            }
            csv.append('\n');
        }
        Path fuzz = Files.createDirectories(Path.of("target/fuzz"));
        Files.writeString(fuzz.resolve("run-summary.csv"), csv.toString());
        Files.write(fuzz.resolve("run-refusals.txt"), refusals);
        System.out.print(csv);
        assertEquals(List.of(), problems.subList(0, Math.min(20, problems.size())), problems.size() + " problems");
        assertTrue(run >= RUNS, "enough accepted mutants were run: " + run);
    }

    /** Counts the CSV tables under {@code out} holding NaN or an infinity, adding each to {@code problems}. */
    private static long nonFiniteTables(Path out, String label, List<String> problems) throws Exception {
        if (!Files.isDirectory(out)) {
            return 0;
        }
        long found = 0;
        try (Stream<Path> files = Files.walk(out)) {
            for (Path csv : files.filter(p -> p.toString().endsWith(".csv")).toList()) {
                String text = Files.readString(csv);
                if (text.contains("NaN") || text.contains("Infinity")) {
                    found++;
                    problems.add(label + csv.getFileName() + " holds NaN or Infinity");
                }
            }
        }
        return found;
    }

    private static String excerpt(String text) {
        String flat = text.replace("\n", "⏎");
        return flat.length() <= 160 ? flat : flat.substring(0, 160) + "…";
    }
}
