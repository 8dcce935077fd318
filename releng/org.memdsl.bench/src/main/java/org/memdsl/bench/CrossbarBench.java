package org.memdsl.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.TimeUnit;

import org.memdsl.runtime.crossbar.AccessDevice;
import org.memdsl.runtime.crossbar.BiasScheme;
import org.memdsl.runtime.crossbar.CellElement;
import org.memdsl.runtime.crossbar.Crossbar;
import org.memdsl.runtime.crossbar.CrossbarLayout;
import org.memdsl.runtime.crossbar.CrossbarSolver;
import org.memdsl.runtime.crossbar.LinearCell;
import org.memdsl.runtime.crossbar.OperatingPoint;
import org.memdsl.runtime.crossbar.SelectorCell;
import org.memdsl.runtime.crossbar.SpiceNetlist;
import org.memdsl.runtime.device.BipolarFilamentFamily;
import org.memdsl.runtime.device.DeviceModel;

/**
 * Crossbar read solve, memdsl against ngspice on the same netlists in one run: a linear crossbar
 * of random 10 kΩ / 100 kΩ cells with 2.5 Ω wire segments, every row driven with a random input and
 * every column sensed at 0 V. Prints the wall time of each, their ratio and the largest node-voltage
 * difference at 32×32 and 64×64, then memdsl alone at 128×128, 256×256 and 512×512; a nonlinear
 * 64×64 1S1R read (sinh selectors in series with the cells, V/2 bias) against ngspice on the same
 * netlist; and paper C's letter protocol (N, T, U written in turn on a 16×16 crossbar of the paper-C
 * cell, each followed by a read of every cell).
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
        nonlinearRead(ngspice, dir);
        letters();
    }

    /** A 1S1R crossbar of random 10 kΩ / 100 kΩ cells, each behind a sinh selector (1 µA, 0.1 V), read at V/2. */
    static Problem selectorProblem(int n) {
        Random random = new Random(n);
        CellElement[] cells = new CellElement[n * n];
        for (int k = 0; k < cells.length; k++) {
            cells[k] = SelectorCell.sinh(new LinearCell(random.nextBoolean() ? 1e-4 : 1e-5), 1e-6, 0.1);
        }
        CrossbarLayout layout = new CrossbarLayout(n, n, 2.5, 2.5, 2.5, 2.5);
        return new Problem(layout, cells, BiasScheme.HALF.rows(n, n / 2, 1.0), BiasScheme.HALF.columns(n, n / 3, 1.0));
    }

    private static void nonlinearRead(boolean ngspice, Path dir) throws Exception {
        int n = 64;
        Problem p = selectorProblem(n);
        OperatingPoint[] last = new OperatingPoint[1];
        double memdsl = timeMemdsl(p, 2, 5, last);
        String spice = "   (no ngspice on PATH)";
        if (ngspice) {
            spice = ngspice(dir, "selector" + n, p, last[0], memdsl);
        }
        System.out.printf(Locale.ROOT, "%3dx%-3d 1S1R  %4d  %10.4f%s  Newton %d%n", n, n, 2 * n * n, memdsl, spice,
                last[0].newtonIterations());
    }

    /** Runs ngspice on the problem's netlist: its wall time, the ratio to memdsl's and the largest difference. */
    private static String ngspice(Path dir, String name, Problem p, OperatingPoint memdslPoint, double memdsl)
            throws Exception {
        Path netlist = Files.writeString(dir.resolve(name + ".cir"),
                SpiceNetlist.of(p.layout(), p.cells(), p.rows(), p.columns(), name, true));
        Path log = dir.resolve(name + ".log");
        long t0 = System.nanoTime();
        Process process = new ProcessBuilder("ngspice", "-b", netlist.toString()).redirectErrorStream(true)
                .redirectOutput(log.toFile()).start();
        process.waitFor(2, TimeUnit.HOURS);
        double seconds = (System.nanoTime() - t0) / 1e9;
        double diff = largestDifference(log, memdslPoint, p.layout().rows());
        return String.format(Locale.ROOT, "  %10.3f  %14.0f  %12.2e", seconds, seconds / memdsl, diff);
    }

    /** Paper C's letters on a 16×16 crossbar of the paper-C cell: write and read N, T, U in turn. */
    private static void letters() {
        int n = 16;
        boolean[][][] letters = { letter("N", n), letter("T", n), letter("U", n) };
        DeviceModel[] models = new DeviceModel[n * n];
        Arrays.fill(models, new BipolarFilamentFamily().create(Map.of()));
        long t0 = System.nanoTime();
        Crossbar xbar = new Crossbar(new CrossbarLayout(n, n, 2.5, 2.5, 10, 10), models, AccessDevice.none());
        double weakest = Double.POSITIVE_INFINITY;
        for (boolean[][] letter : letters) {
            xbar.program(letter, 1.5, -1.5, 10e-3, 4, BiasScheme.HALF);
            double on = Double.POSITIVE_INFINITY;
            double off = 0;
            for (int i = 0; i < n; i++) {
                for (int j = 0; j < n; j++) {
                    double read = Math.abs(xbar.read(i, j, 0.05, BiasScheme.GROUNDED).sensed());
                    on = letter[i][j] ? Math.min(on, read) : on;
                    off = letter[i][j] ? off : Math.max(off, read);
                }
            }
            weakest = Math.min(weakest, on / off);
        }
        double seconds = (System.nanoTime() - t0) / 1e9;
        System.out.printf(Locale.ROOT, "paper C letters N, T, U on 16x16 (3 writes of 256 pulses, 3 reads of 256 "
                + "cells): %.2f s, weakest read contrast %.0f%n", seconds, weakest);
    }

    /** Block letters N, T, U with 2-pixel strokes and a 2-pixel margin. */
    static boolean[][] letter(String which, int n) {
        boolean[][] on = new boolean[n][n];
        for (int r = 2; r < n - 2; r++) {
            for (int c = 2; c < n - 2; c++) {
                on[r][c] = switch (which) {
                    case "N" -> c <= 3 || c >= n - 4 || Math.abs((c - 2) - (r - 2) * (n - 6.0) / (n - 5.0)) < 1.2;
                    case "T" -> r <= 3 || c == n / 2 - 1 || c == n / 2;
                    default -> c <= 3 || c >= n - 4 || r >= n - 4;
                };
            }
        }
        return on;
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
