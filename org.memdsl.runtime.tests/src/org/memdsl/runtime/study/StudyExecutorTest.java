package org.memdsl.runtime.study;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.memdsl.runtime.simulation.ProgressListener;

/**
 * Running a study's points: results in point order on any number of threads, a failing point
 * recorded with its reason, and a rerun that redoes only what is missing or belongs to another spec.
 */
class StudyExecutorTest {

    private static final StudyDesign DESIGN = new StudyDesign(List.of(new StudyDesign.Axis(List.of(
            new StudyDesign.Swept("x", "1", Spacing.LINEAR.values(0, 9, 10))))), List.of(), 3, 1, 1);

    private static List<StudyPoint> points() {
        List<StudyPoint> points = new ArrayList<>();
        for (long i = 0; i < DESIGN.size(); i++) {
            points.add(DESIGN.point(i, (n, s) -> 0));
        }
        return points;
    }

    /** x², except at x = 4, which fails. */
    private static StudyExecutor.PointTask square(AtomicInteger calls) {
        return p -> {
            calls.incrementAndGet();
            double x = p.values().get("x");
            if (x == 4) {
                throw new IllegalArgumentException("x = 4 is refused");
            }
            return () -> PointResult.of(new double[] { x * x }, new String[] { "1" });
        };
    }

    @Test
    void resultsComeBackInPointOrderAndARerunRedoesNothing(@TempDir Path dir) throws Exception {
        AtomicInteger calls = new AtomicInteger();
        List<PointResult> first = new StudyExecutor(2).run(points(), square(calls), 1, dir, "spec-a",
                ProgressListener.NONE);
        assertEquals(30, calls.get());
        for (int i = 0; i < 30; i++) {
            double x = i / 3;
            assertEquals(x == 4, first.get(i).failed(), "point " + i);
            if (x != 4) {
                assertArrayEquals(new double[] { x * x }, first.get(i).values(), 0.0);
            }
        }
        assertEquals("x = 4 is refused", first.get(12).failure());
        List<PointResult> again = new StudyExecutor(1).run(points(), square(calls), 1, dir, "spec-a",
                ProgressListener.NONE);
        assertEquals(30, calls.get(), "every point was kept, none is redone");
        for (int i = 0; i < 30; i++) {
            assertArrayEquals(first.get(i).values(), again.get(i).values(), 0.0);
        }
    }

    @Test
    void aKilledStudyRedoesOnlyItsMissingPointsAndAnotherSpecRedoesAll(@TempDir Path dir) throws Exception {
        AtomicInteger calls = new AtomicInteger();
        new StudyExecutor(2).run(points(), square(calls), 1, dir, "spec-a", ProgressListener.NONE);
        List<Path> saved = StudyExecutor.saved(dir);
        assertEquals(30, saved.size());
        for (int k = 0; k < 7; k++) {
            Files.delete(saved.get(3 * k));
        }
        Files.writeString(dir.resolve("00000001.txt.tmp"), "a half-written point of a killed run");
        calls.set(0);
        new StudyExecutor(2).run(points(), square(calls), 1, dir, "spec-a", ProgressListener.NONE);
        assertEquals(7, calls.get(), "only the seven deleted points are run again");
        calls.set(0);
        new StudyExecutor(2).run(points(), square(calls), 1, dir, "spec-b", ProgressListener.NONE);
        assertEquals(30, calls.get(), "results of another spec are not reused");
        assertTrue(Files.readString(saved.get(0)).startsWith("spec-b\n"));
    }
}
