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
 * duplicated lines, imports that name no file, hostile paths, deep nesting), in process: no exception
 * escapes, every diagnostic has a file, a line and a column, no file takes longer than
 * {@link #LIMIT_SECONDS}, and nothing outside the project is read: every mutant naming a file
 * outside it (directly, by {@code ../}, through a link inside the project, {@code /proc}, {@code /etc})
 * is refused although the canary files there are valid inputs, no loaded file lies outside the
 * project, and no diagnostic quotes a canary. Writes {@code target/fuzz/summary.csv} (per class:
 * inputs, rejected, accepted, internal failures reported as errors, uncaught, unlocated, hangs,
 * slowest).
 */
@ExtendWith(InjectionExtension.class)
@InjectWith(MemDslInjectorProvider.class)
class FuzzTest {

    static final long SEED = 20_261_206L;
    static final int INPUTS = Integer.getInteger("memdsl.fuzz.inputs", 10_000);
    static final int LIMIT_SECONDS = 20;

    /** Content of the files outside the project; a diagnostic holding it has read one. */
    static final String CANARY = "canary_outside_the_project";

    @Inject
    private SpecLoader loader;

    /** Per class: inputs, rejected, accepted, internal, uncaught, unlocated, hangs, slowest ms. */
    private final Map<Mutations, long[]> counts = new EnumMap<>(Mutations.class);

    @Test
    void theCheckerSurvivesTenThousandMutants(@TempDir Path temp) throws Exception {
        Path dir = Files.createDirectories(temp.resolve("project"));
        Files.createFile(dir.resolve(".memdsl-root"));
        Path outside = Files.createDirectories(temp.resolve("outside"));
        Files.writeString(outside.resolve("canary.mem"), "device " + CANARY + " : linear_ion_drift { }\n");
        Files.writeString(outside.resolve("canary.csv"), "pulse,g_ltp\n1,1e-9\n2,2e-9\n# " + CANARY + "\n");
        Files.createSymbolicLink(dir.resolve("inside-link"), outside);
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
                String text = mutation.apply(sources.get(random.nextInt(sources.size())), random.split())
                        .replace(Mutations.OUTSIDE, outside.toString());
                Path mutant = dir.resolve("mutant.mem");
                Files.writeString(mutant, text, StandardCharsets.UTF_8);
                long[] c = counts.computeIfAbsent(mutation, m -> new long[8]);
                c[0]++;
                long start = System.nanoTime();
                Future<LoadedSpec> check = worker.submit(() -> loader.load(mutant));
                try {
                    LoadedSpec spec = check.get(LIMIT_SECONDS, TimeUnit.SECONDS);
                    classify(spec, c, problems, mutation, i, text);
                    problems.addAll(readsOutside(spec, dir, mutation + " #" + i + ": "));
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
        long[] hostile = counts.get(Mutations.HOSTILE_PATH);
        assertEquals(hostile[0], hostile[1], "every mutant naming a file outside the project is refused");
        assertEquals(List.of(), problems.subList(0, Math.min(20, problems.size())), problems.size() + " problems");
        long total = counts.values().stream().mapToLong(c -> c[0]).sum();
        assertTrue(total >= INPUTS, "every input checked: " + total);
    }

    /** Files outside the project the check loaded, and diagnostics that quote a canary. */
    private static List<String> readsOutside(LoadedSpec spec, Path project, String label) throws Exception {
        List<String> out = new ArrayList<>();
        Path root = project.toRealPath();
        for (Path file : spec.files()) {
            Path real = Files.exists(file) ? file.toRealPath() : file.toAbsolutePath().normalize();
            if (!real.startsWith(root)) {
                out.add(label + "loaded " + file + " outside the project");
            }
        }
        for (SpecIssue issue : spec.issues()) {
            if (issue.message().contains(CANARY)) {
                out.add(label + "quotes a file outside the project: " + issue);
            }
        }
        return out;
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
