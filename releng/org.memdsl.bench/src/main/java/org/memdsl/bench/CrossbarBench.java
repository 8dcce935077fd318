package org.memdsl.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.TimeUnit;

import org.memdsl.runtime.crossbar.CellElement;
import org.memdsl.runtime.crossbar.CrossbarLayout;
import org.memdsl.runtime.crossbar.CrossbarSolver;
import org.memdsl.runtime.crossbar.LinearCell;
import org.memdsl.runtime.crossbar.OperatingPoint;
import org.memdsl.runtime.crossbar.SpiceNetlist;

/**
 * Crossbar read solve, memdsl against ngspice on the same netlists in one run: a linear crossbar
 * of random 10 kΩ / 100 kΩ cells with 2.5 Ω wire segments, every row driven with a random input and
 * every column sensed at 0 V. Prints the wall time of each, their ratio and the largest node-voltage
 * difference at 32×32 and 64×64, then memdsl alone at 128×128, 256×256 and 512×512.
 * Run: {@code java -cp releng/org.memdsl.bench/target/memdsl-bench.jar org.memdsl.bench.CrossbarBench}.
 */
public final class CrossbarBench {

    private CrossbarBench() {
    }

    record Problem(CrossbarLayout layout, CellElement[] cells, double[] rows, double[] columns) {
    }

    static Problem problem(int n) {
        Random random = new Random(n);
        CellElement[] cells = new CellElement[n * n];
        for (int k = 0; k < cells.length; k++) {
            cells[k] = new LinearCell(random.nextBoolean() ? 1e-4 : 1e-5);
        }
        double[] rows = new double[n];
        for (int i = 0; i < n; i++) {
            rows[i] = 0.05 + 0.15 * random.nextDouble();
        }
        return new Problem(new CrossbarLayout(n, n, 2.5, 2.5, 2.5, 2.5), cells, rows, new double[n]);
    }

    /** Median wall time in seconds of {@code repeats} solves after {@code warmup} unmeasured ones. */
    static double timeMemdsl(Problem p, int warmup, int repeats, OperatingPoint[] last) {
        CrossbarSolver solver = new CrossbarSolver(p.layout());
        for (int w = 0; w < warmup; w++) {
            last[0] = solver.solve(p.cells(), p.rows(), p.columns());
        }
        double[] times = new double[repeats];
        for (int r = 0; r < repeats; r++) {
            long t0 = System.nanoTime();
            last[0] = solver.solve(p.cells(), p.rows(), p.columns());
            times[r] = (System.nanoTime() - t0) / 1e9;
        }
        Arrays.sort(times);
        return times[repeats / 2];
    }

    public static void main(String[] args) throws Exception {
        boolean ngspice = onPath("ngspice");
        Path dir = Files.createTempDirectory("memdsl-crossbar-bench");
        System.out.println("size      unknowns  memdsl [s]  ngspice [s]  ngspice/memdsl  max |ΔV|/|V|  CG its");
        for (int n : new int[] { 32, 64 }) {
            Problem p = problem(n);
            OperatingPoint[] last = new OperatingPoint[1];
            double memdsl = timeMemdsl(p, 5, 7, last);
            String spice = "   (no ngspice on PATH)";
            if (ngspice) {
                Path netlist = Files.writeString(dir.resolve("read" + n + ".cir"),
                        SpiceNetlist.of(p.layout(), p.cells(), p.rows(), p.columns(), "read " + n, true));
                Path log = dir.resolve("read" + n + ".log");
                long t0 = System.nanoTime();
                Process process = new ProcessBuilder("ngspice", "-b", netlist.toString()).redirectErrorStream(true)
                        .redirectOutput(log.toFile()).start();
                process.waitFor(2, TimeUnit.HOURS);
                double seconds = (System.nanoTime() - t0) / 1e9;
                double diff = largestDifference(log, last[0], n);
                spice = String.format(Locale.ROOT, "  %10.3f  %14.0f  %12.2e", seconds, seconds / memdsl, diff);
            }
            System.out.printf(Locale.ROOT, "%3dx%-3d  %9d  %10.4f%s  %6d%n", n, n, 2 * n * n, memdsl, spice,
                    last[0].linearIterations());
        }
        for (int n : new int[] { 128, 256, 512 }) {
            OperatingPoint[] last = new OperatingPoint[1];
            double memdsl = timeMemdsl(problem(n), 2, 3, last);
            System.out.printf(Locale.ROOT, "%3dx%-3d  %9d  %10.4f  %s  %6d%n", n, n, 2 * n * n, memdsl,
                    "   (memdsl only)", last[0].linearIterations());
        }
    }

    private static double largestDifference(Path log, OperatingPoint point, int n) throws IOException {
        Map<String, Double> spice = SpiceNetlist.printedVoltages(Files.readAllLines(log));
        double largest = 0;
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                int k = i * n + j;
                largest = Math.max(largest, relative(spice.get("r" + i + "_" + j), point.rowNodes()[k]));
                largest = Math.max(largest, relative(spice.get("c" + i + "_" + j), point.columnNodes()[k]));
            }
        }
        return largest;
    }

    private static double relative(Double reference, double value) {
        if (reference == null) {
            return Double.POSITIVE_INFINITY;
        }
        return Math.abs(value - reference) / Math.max(Math.abs(reference), 1e-12);
    }

    private static boolean onPath(String program) {
        String path = System.getenv("PATH");
        return path != null && Arrays.stream(path.split(java.io.File.pathSeparator))
                .anyMatch(d -> Files.isExecutable(Path.of(d, program)));
    }
}
