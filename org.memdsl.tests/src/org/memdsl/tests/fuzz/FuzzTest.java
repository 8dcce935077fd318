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
import java.util.SplittableRandom;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Stream;

import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.memdsl.run.LoadedSpec;
import org.memdsl.run.SpecIssue;
import org.memdsl.run.SpecLoader;
import org.memdsl.tests.MemDslInjectorProvider;

import com.google.inject.Inject;

/**
 * The checker under a seeded stream of mutants of the shipped examples ({@link Mutations}: token
 * deletions and swaps, truncations, unit swaps, extreme numbers, unknown names, stray characters,
 * duplicated lines, imports that name no file, deep nesting), in process: no exception escapes,
 * every diagnostic has a file, a line and a column, no file takes longer than {@link #LIMIT_SECONDS}.
 * Writes {@code target/fuzz/summary.csv} (per class: inputs, rejected, accepted, internal failures
 * reported as errors, uncaught, unlocated, hangs, slowest). Mutants that would make the checker build
 * huge protocols (counts of 10⁹) are not generated until validation computes sizes instead (issue 18).
 */
@ExtendWith(InjectionExtension.class)
@InjectWith(MemDslInjectorProvider.class)
class FuzzTest {

    static final long SEED = 20_261_206L;
    static final int INPUTS = Integer.getInteger("memdsl.fuzz.inputs", 10_000);
    static final int LIMIT_SECONDS = 20;

    @Inject
    private SpecLoader loader;

    /** Per class: inputs, rejected, accepted, internal, uncaught, unlocated, hangs, slowest ms. */
    private final Map<Mutations, long[]> counts = new EnumMap<>(Mutations.class);

    @Test
    void theCheckerSurvivesTenThousandMutants(@TempDir Path dir) throws Exception {
        List<String> sources = new ArrayList<>();
        for (Path folder : List.of(Path.of("../examples"), Path.of("../examples/papers"))) {
            try (Stream<Path> files = Files.list(folder)) {
                for (Path file : files.filter(p -> p.toString().endsWith(".mem")).sorted().toList()) {
                    Files.copy(file, dir.resolve(file.getFileName()));
                    sources.add(Files.readString(file));
                }
            }
        }
        Files.createDirectories(dir.resolve("data"));
        try (Stream<Path> data = Files.list(Path.of("../examples/data"))) {
            for (Path file : data.toList()) {
                Files.copy(file, dir.resolve("data").resolve(file.getFileName()));
            }
        }
        SplittableRandom random = new SplittableRandom(SEED);
        Mutations[] classes = Mutations.values();
        List<String> problems = new ArrayList<>();
        ExecutorService worker = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(null, r, "fuzz", 64L << 20);
            t.setDaemon(true);
            return t;
        });
        try {
            for (int i = 0; i < INPUTS; i++) {
                Mutations mutation = classes[i % classes.length];
                String text = mutation.apply(sources.get(random.nextInt(sources.size())), random.split());
                Path mutant = dir.resolve("mutant.mem");
                Files.writeString(mutant, text, StandardCharsets.UTF_8);
                long[] c = counts.computeIfAbsent(mutation, m -> new long[8]);
                c[0]++;
                long start = System.nanoTime();
                Future<LoadedSpec> check = worker.submit(() -> loader.load(mutant));
                try {
                    LoadedSpec spec = check.get(LIMIT_SECONDS, TimeUnit.SECONDS);
                    classify(spec, c, problems, mutation, i, text);
                } catch (TimeoutException e) {
                    check.cancel(true);
                    c[6]++;
                    problems.add(mutation + " #" + i + ": no answer within " + LIMIT_SECONDS + " s: " + excerpt(text));
                    worker.shutdownNow();
                    worker = Executors.newSingleThreadExecutor();
                } catch (java.util.concurrent.ExecutionException e) {
                    c[4]++;
                    problems.add(mutation + " #" + i + ": " + e.getCause() + ": " + excerpt(text));
                }
                c[7] = Math.max(c[7], (System.nanoTime() - start) / 1_000_000);
            }
        } finally {
            worker.shutdownNow();
        }
        writeSummary();
        assertEquals(List.of(), problems.subList(0, Math.min(20, problems.size())), problems.size() + " problems");
        long total = counts.values().stream().mapToLong(c -> c[0]).sum();
        assertTrue(total >= INPUTS, "every input checked: " + total);
    }

    private static void classify(LoadedSpec spec, long[] c, List<String> problems, Mutations mutation, int i,
            String text) {
        boolean rejected = false;
        for (SpecIssue issue : spec.issues()) {
            if (issue.file() == null || issue.line() < 1 || issue.column() < 1) {
                c[5]++;
                problems.add(mutation + " #" + i + ": unlocated " + issue + ": " + excerpt(text));
            }
            if (issue.severity() == SpecIssue.Severity.ERROR) {
                rejected = true;
                if (issue.message().startsWith("memdsl could not check this file")) {
                    c[3]++;
                }
            }
        }
        c[rejected ? 1 : 2]++;
    }

    private void writeSummary() throws Exception {
        StringBuilder csv = new StringBuilder(
                "class,inputs,rejected,accepted,internal_failures_reported,uncaught,unlocated,hangs,slowest_ms\n");
        for (var entry : counts.entrySet()) {
            csv.append(entry.getKey().name().toLowerCase(java.util.Locale.ROOT));
            for (long v : entry.getValue()) {
                csv.append(',').append(v);
            }
            csv.append('\n');
        }
        Path out = Files.createDirectories(Path.of("target/fuzz")).resolve("summary.csv");
        Files.writeString(out, csv.toString());
        System.out.print(csv);
    }

    private static String excerpt(String text) {
        String flat = text.replace("\n", "⏎").replace("\0", "\\0");
        return flat.length() <= 160 ? flat : flat.substring(0, 160) + "…";
    }
}
