package org.memdsl.runtime.study;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletionService;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorCompletionService;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.memdsl.runtime.output.AtomicFiles;
import org.memdsl.runtime.simulation.ProgressListener;

/**
 * Runs the points of a study on a pool of threads (all cores by default). Each point is prepared
 * on the calling thread (the language compiles it there) and run on the pool; its result is kept
 * in {@code points/NNNNNNNN.txt}, written atomically with the point's key and the spec's hash, so a
 * study that was stopped resumes without redoing finished points. Results come back in point
 * order, whatever the order the points finished in.
 */
public final class StudyExecutor {

    /** Prepares the run of one point; the returned task runs on the pool. */
    @FunctionalInterface
    public interface PointTask {
        Callable<PointResult> prepare(StudyPoint point) throws Exception;
    }

    private final int threads;

    public StudyExecutor(int threads) {
        if (threads < 1) {
            throw new IllegalArgumentException("a study runs on at least one thread");
        }
        this.threads = threads;
    }

    /** An executor on every core of this machine. */
    public static StudyExecutor allCores() {
        return new StudyExecutor(Runtime.getRuntime().availableProcessors());
    }

    /**
     * @param pointsDir where finished points are kept (created when missing)
     * @param specHash the hash of the spec and its inputs: a saved point of another spec is redone
     * @param results how many numbers each point reports
     */
    public List<PointResult> run(List<StudyPoint> points, PointTask task, int results, Path pointsDir,
            String specHash, ProgressListener progress) throws IOException {
        Files.createDirectories(pointsDir);
        PointResult[] out = new PointResult[points.size()];
        ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "memdsl-study");
            t.setDaemon(true);
            return t;
        });
        CompletionService<Object[]> done = new ExecutorCompletionService<>(pool);
        int inFlight = 0;
        int finished = 0;
        try {
            for (int i = 0; i < points.size(); i++) {
                StudyPoint point = points.get(i);
                Path file = file(pointsDir, point);
                PointResult saved = read(file, point, specHash, results);
                if (saved != null) {
                    out[i] = saved;
                    progress.progress((double) ++finished / points.size());
                    continue;
                }
                int slot = i;
                Callable<PointResult> run;
                try {
                    run = task.prepare(point);
                } catch (Exception e) {
                    out[i] = PointResult.failed(message(e), results);
                    write(file, point, specHash, out[i]);
                    progress.progress((double) ++finished / points.size());
                    continue;
                }
                done.submit(() -> new Object[] { slot, runOne(run, results) });
                if (++inFlight >= 2 * threads) {
                    finished += collect(done.take(), points, out, pointsDir, specHash);
                    inFlight--;
                    progress.progress((double) finished / points.size());
                }
            }
            while (inFlight > 0) {
                finished += collect(done.take(), points, out, pointsDir, specHash);
                inFlight--;
                progress.progress((double) finished / points.size());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("the study was interrupted; finished points are kept in " + pointsDir, e);
        } finally {
            pool.shutdownNow();
        }
        return List.of(out);
    }

    /**
     * Runs the points on another engine (a cluster): the points not kept in {@code pointsDir} are
     * handed to {@code remote} by index, and each result is kept as it comes back, so a stopped
     * study resumes without redoing them.
     */
    public static List<PointResult> runRemote(List<StudyPoint> points,
            java.util.function.Function<long[], java.util.Iterator<java.util.Map.Entry<Long, PointResult>>> remote,
            int results, Path pointsDir, String specHash, ProgressListener progress) throws IOException {
        Files.createDirectories(pointsDir);
        PointResult[] out = new PointResult[points.size()];
        java.util.Map<Long, Integer> slots = new java.util.HashMap<>();
        List<Long> missing = new ArrayList<>();
        int finished = 0;
        for (int i = 0; i < points.size(); i++) {
            StudyPoint point = points.get(i);
            PointResult saved = read(file(pointsDir, point), point, specHash, results);
            if (saved != null) {
                out[i] = saved;
                finished++;
            } else {
                slots.put(point.index(), i);
                missing.add(point.index());
            }
        }
        progress.progress((double) finished / Math.max(1, points.size()));
        if (!missing.isEmpty()) {
            var back = remote.apply(missing.stream().mapToLong(Long::longValue).toArray());
            while (back.hasNext()) {
                var entry = back.next();
                Integer slot = slots.get(entry.getKey());
                if (slot == null || entry.getValue().values().length != results) {
                    throw new IOException("the engine returned a result for no asked point: " + entry.getKey());
                }
                out[slot] = entry.getValue();
                write(file(pointsDir, points.get(slot)), points.get(slot), specHash, out[slot]);
                progress.progress((double) ++finished / points.size());
            }
        }
        for (int i = 0; i < out.length; i++) {
            if (out[i] == null) {
                throw new IOException("the engine returned no result for point " + points.get(i).index());
            }
        }
        return List.of(out);
    }

    private static Path file(Path dir, StudyPoint point) {
        return dir.resolve(String.format(Locale.ROOT, "%08d.txt", point.index()));
    }

    /**
     * Runs one prepared point: its result, or a failed one with the reason when the run throws or
     * gives another number of results than {@code results} (every engine records failures so).
     */
    public static PointResult runOne(Callable<PointResult> run, int results) {
        try {
            PointResult result = run.call();
            if (result.values().length != results) {
                throw new IllegalStateException(result.values().length + " results for " + results + " reports");
            }
            return result;
        } catch (Exception e) {
            return PointResult.failed(message(e), results);
        }
    }

    private static int collect(Future<Object[]> future, List<StudyPoint> points, PointResult[] out, Path dir,
            String specHash) throws IOException, InterruptedException {
        Object[] slotAndResult;
        try {
            slotAndResult = future.get();
        } catch (ExecutionException e) {
            throw new IllegalStateException(e.getCause());
        }
        int slot = (Integer) slotAndResult[0];
        out[slot] = (PointResult) slotAndResult[1];
        StudyPoint point = points.get(slot);
        write(file(dir, point), point, specHash, out[slot]);
        return 1;
    }

    /** Why a point failed, as recorded with it. */
    public static String message(Throwable e) {
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }

    /**
     * Line 1 the spec hash, line 2 the key, line 3 the results (empty where none), line 4 why it
     * failed (empty when it did not), line 5 the results' units.
     */
    private static void write(Path file, StudyPoint point, String specHash, PointResult result) throws IOException {
        StringBuilder text = new StringBuilder(specHash).append('\n').append(point.key()).append('\n');
        for (int k = 0; k < result.values().length; k++) {
            double v = result.values()[k];
            text.append(k == 0 ? "" : ",").append(Double.isFinite(v) ? Double.toString(v) : "");
        }
        text.append('\n').append(result.failed() ? result.failure().replace('\n', ' ') : "").append('\n');
        text.append(result.units() == null ? "" : String.join(",", result.units())).append('\n');
        AtomicFiles.write(file, o -> o.write(text.toString().getBytes(StandardCharsets.UTF_8)));
    }

    /** The saved result of {@code point}, or null when there is none for this spec and point. */
    private static PointResult read(Path file, StudyPoint point, String specHash, int results) {
        try {
            if (!Files.isRegularFile(file)) {
                return null;
            }
            List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
            if (lines.size() < 5 || !lines.get(0).equals(specHash) || !lines.get(1).equals(point.key())) {
                return null;
            }
            String[] cells = lines.get(2).split(",", -1);
            if (cells.length != results) {
                return null;
            }
            double[] values = new double[results];
            for (int k = 0; k < results; k++) {
                values[k] = cells[k].isEmpty() ? Double.NaN : Double.parseDouble(cells[k]);
            }
            if (!lines.get(3).isEmpty()) {
                return new PointResult(values, null, lines.get(3));
            }
            String[] units = lines.get(4).split(",", -1);
            return units.length == results ? PointResult.of(values, units) : null;
        } catch (IOException | NumberFormatException e) {
            return null;
        }
    }

    /** Points kept in {@code dir}, for tests and progress: files that hold a result. */
    public static List<Path> saved(Path dir) throws IOException {
        List<Path> files = new ArrayList<>();
        if (Files.isDirectory(dir)) {
            try (var all = Files.list(dir)) {
                all.filter(p -> p.toString().endsWith(".txt")).sorted().forEach(files::add);
            }
        }
        return files;
    }
}
