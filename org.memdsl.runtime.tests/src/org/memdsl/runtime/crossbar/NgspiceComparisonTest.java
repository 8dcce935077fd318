package org.memdsl.runtime.crossbar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Random 8×8 and 32×32 crossbars (10 kΩ/100 kΩ cells, 2.5 Ω wire segments, random row voltages,
 * one floating row and column) exported as SPICE netlists and solved by ngspice in batch mode:
 * every node voltage must agree with memdsl's to 1e-6 relative. Installs nothing; runs where
 * {@code ngspice} is on the PATH ({@code .ci/run} installs Debian's package) and is skipped elsewhere.
 */
class NgspiceComparisonTest {

    static boolean ngspiceOnPath() {
        String path = System.getenv("PATH");
        return path != null && List.of(path.split(File.pathSeparator)).stream()
                .anyMatch(dir -> Files.isExecutable(Path.of(dir, "ngspice")));
    }

    @Test
    void randomArraysAgreeWithNgspiceNodeByNode(@TempDir Path dir) throws Exception {
        assumeTrue(ngspiceOnPath(), "ngspice is not on the PATH");
        for (int size : new int[] { 8, 32 }) {
            compare(size, dir);
        }
    }

    /**
     * A nonlinear (1S1R, sinh selector) 3×3 array under V/2 bias: the exported behavioural sources
     * tabulate each cell's I–V at 201 points, so ngspice agrees to the table's interpolation
     * error (here 1e-3 relative on the node voltages).
     */
    @Test
    void nonlinearCellsExportAsBehaviouralSources(@TempDir Path dir) throws Exception {
        assumeTrue(ngspiceOnPath(), "ngspice is not on the PATH");
        CrossbarLayout layout = new CrossbarLayout(3, 3, 2.5, 2.5, 100, 100);
        CellElement[] cells = new CellElement[9];
        for (int k = 0; k < cells.length; k++) {
            cells[k] = SelectorCell.sinh(new LinearCell(1e-4 / (1 + k)), 1e-9, 0.1);
        }
        double[] rows = { 1.5, 0.75, 0.75 };
        double[] cols = { 0, 0.75, 0.75 };
        OperatingPoint p = new CrossbarSolver(layout).solve(cells, rows, cols);
        Map<String, Double> spice = runNgspice(dir, "nonlinear", SpiceNetlist.of(layout, cells, rows, cols,
                "1S1R", true));
        for (int k = 0; k < 9; k++) {
            String at = (k / 3) + "_" + (k % 3);
            assertEquals(spice.get("r" + at), p.rowNodes()[k], 1e-3 * Math.abs(spice.get("r" + at)) + 1e-6, "r" + at);
            assertEquals(spice.get("c" + at), p.columnNodes()[k], 1e-3 * Math.abs(spice.get("c" + at)) + 1e-6,
                    "c" + at);
        }
    }

    private static Map<String, Double> runNgspice(Path dir, String name, String netlistText) throws Exception {
        Path netlist = Files.writeString(dir.resolve(name + ".cir"), netlistText);
        Path log = dir.resolve(name + ".log");
        Process ngspice = new ProcessBuilder("ngspice", "-b", netlist.toString()).redirectErrorStream(true)
                .redirectOutput(log.toFile()).start();
        assertTrue(ngspice.waitFor(10, TimeUnit.MINUTES), "ngspice finished");
        return SpiceNetlist.printedVoltages(Files.readAllLines(log));
    }

    private static void compare(int n, Path dir) throws Exception {
        Random random = new Random(n);
        CrossbarLayout layout = new CrossbarLayout(n, n, 2.5, 2.5, 2.5, 2.5);
        CellElement[] cells = new CellElement[n * n];
        for (int k = 0; k < cells.length; k++) {
            cells[k] = new LinearCell(random.nextBoolean() ? 1e-4 : 1e-5);
        }
        double[] rows = new double[n];
        double[] cols = new double[n];
        for (int i = 0; i < n; i++) {
            rows[i] = 0.05 + 0.25 * random.nextDouble();
        }
        rows[n / 2] = Double.NaN;
        cols[n / 3] = Double.NaN;
        OperatingPoint p = new CrossbarSolver(layout).solve(cells, rows, cols);

        Map<String, Double> spice = runNgspice(dir, "xbar" + n,
                SpiceNetlist.of(layout, cells, rows, cols, "random " + n + "x" + n, true));
        int compared = 0;
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                int k = i * n + j;
                compared += check(spice, "r" + i + "_" + j, p.rowNodes()[k]);
                compared += check(spice, "c" + i + "_" + j, p.columnNodes()[k]);
            }
        }
        assertEquals(2 * n * n, compared, "every node printed by ngspice");
    }

    private static int check(Map<String, Double> spice, String node, double memdsl) {
        Double reference = spice.get(node);
        if (reference == null) {
            return 0;
        }
        assertEquals(reference, memdsl, 1e-6 * Math.abs(reference) + 1e-12, node);
        return 1;
    }
}
