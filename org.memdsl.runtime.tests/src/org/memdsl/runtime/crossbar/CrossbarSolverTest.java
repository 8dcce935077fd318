package org.memdsl.runtime.crossbar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.Random;

import org.hipparchus.linear.Array2DRowRealMatrix;
import org.hipparchus.linear.ArrayRealVector;
import org.hipparchus.linear.LUDecomposition;
import org.hipparchus.linear.RealVector;
import org.junit.jupiter.api.Test;

/**
 * The crossbar's DC solve against exact references: Ohm's law for one cell, the series–parallel
 * closed form of a 1×2 array with a wire segment, and a dense LU solve (Hipparchus) of the nodal
 * equations of 2×2 and random 5×4 arrays written out independently here, all to 1e-12 relative.
 */
class CrossbarSolverTest {

    @Test
    void oneCellIsOhmsLawThroughDriverAndSense() {
        CrossbarLayout layout = new CrossbarLayout(1, 1, 1.0, 1.0, 50.0, 20.0);
        OperatingPoint p = new CrossbarSolver(layout).solve(new CellElement[] { new LinearCell(1e-4) },
                new double[] { 0.3 }, new double[] { 0.0 });
        double expected = 0.3 / (50 + 1e4 + 20);
        assertEquals(expected, p.senseCurrents()[0], 1e-12 * expected);
        assertEquals(expected, p.cellCurrent(0, 0), 1e-12 * expected);
        assertEquals(expected, p.driverCurrents()[0], 1e-12 * expected);
    }

    @Test
    void oneByTwoWithAWireSegmentMatchesTheSeriesParallelClosedForm() {
        double rd = 100;
        double rw = 250;
        double rs = 30;
        double r1 = 1e4;
        double r2 = 2.5e4;
        double v = 0.5;
        CrossbarLayout layout = new CrossbarLayout(1, 2, rw, 1.0, rd, rs);
        OperatingPoint p = new CrossbarSolver(layout).solve(
                new CellElement[] { new LinearCell(1 / r1), new LinearCell(1 / r2) }, new double[] { v },
                new double[] { 0.0, 0.0 });
        double zb = rw + r2 + rs;
        double za = 1 / (1 / (r1 + rs) + 1 / zb);
        double va = v * za / (rd + za);
        assertEquals(va / (r1 + rs), p.senseCurrents()[0], 1e-12 * va / (r1 + rs));
        assertEquals(va / zb, p.senseCurrents()[1], 1e-12 * va / zb);
        assertEquals(va, p.rowNodes()[0], 1e-12 * va);
    }

    @Test
    void twoByTwoAndRandomArraysMatchADenseNodalSolve() {
        check(2, 2, new double[] { 1e-4, 1e-5, 2e-5, 5e-4 }, new double[] { 0.2, Double.NaN },
                new double[] { 0.0, 0.1 }, 2.5, 4.0, 10, 7);
        Random random = new Random(3);
        double[] g = new double[20];
        for (int k = 0; k < g.length; k++) {
            g[k] = random.nextBoolean() ? 1e-4 : 1e-5;
        }
        check(5, 4, g, new double[] { 0.3, Double.NaN, 0.15, 0.0, 0.15 }, new double[] { 0, 0.15, Double.NaN, 0.15 },
                2.5, 2.5, 2.5, 2.5);
    }

    private static void check(int n, int m, double[] g, double[] rows, double[] cols, double rw, double rc, double rd,
            double rs) {
        CrossbarLayout layout = new CrossbarLayout(n, m, rw, rc, rd, rs);
        CellElement[] cells = Arrays.stream(g).mapToObj(LinearCell::new).toArray(CellElement[]::new);
        OperatingPoint p = new CrossbarSolver(layout).solve(cells, rows, cols);
        double[] reference = denseSolve(n, m, g, rows, cols, rw, rc, rd, rs);
        for (int k = 0; k < n * m; k++) {
            assertEquals(reference[k], p.rowNodes()[k], 1e-12 * Math.abs(reference[k]) + 1e-15, "row node " + k);
            assertEquals(reference[n * m + k], p.columnNodes()[k], 1e-12 * Math.abs(reference[n * m + k]) + 1e-15,
                    "column node " + k);
        }
    }

    /** Nodal equations G·V = I with every conductance stamped explicitly. */
    private static double[] denseSolve(int n, int m, double[] g, double[] rows, double[] cols, double rw, double rc,
            double rd, double rs) {
        int size = 2 * n * m;
        Array2DRowRealMatrix a = new Array2DRowRealMatrix(size, size);
        RealVector b = new ArrayRealVector(size);
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < m; j++) {
                int r = i * m + j;
                int c = n * m + r;
                stamp(a, r, c, g[r]);
                if (j + 1 < m) {
                    stamp(a, r, r + 1, 1 / rw);
                }
                if (i + 1 < n) {
                    stamp(a, c, c + m, 1 / rc);
                }
            }
            if (!Double.isNaN(rows[i])) {
                a.addToEntry(i * m, i * m, 1 / rd);
                b.addToEntry(i * m, rows[i] / rd);
            }
        }
        for (int j = 0; j < m; j++) {
            if (!Double.isNaN(cols[j])) {
                int last = n * m + (n - 1) * m + j;
                a.addToEntry(last, last, 1 / rs);
                b.addToEntry(last, cols[j] / rs);
            }
        }
        return new LUDecomposition(a).getSolver().solve(b).toArray();
    }

    private static void stamp(Array2DRowRealMatrix a, int p, int q, double g) {
        a.addToEntry(p, p, g);
        a.addToEntry(q, q, g);
        a.addToEntry(p, q, -g);
        a.addToEntry(q, p, -g);
    }

    /**
     * A sinh selector in series with a cell, one crosspoint: the current must satisfy both the
     * selector law and Ohm's law of the cell and the wires at once (checked by substituting back).
     */
    @Test
    void nonlinearSelectorCellConvergesToASelfConsistentPoint() {
        CrossbarLayout layout = new CrossbarLayout(1, 1, 1.0, 1.0, 100.0, 100.0);
        CellElement cell = SelectorCell.sinh(new LinearCell(1e-4), 1e-9, 0.1);
        OperatingPoint p = new CrossbarSolver(layout).solve(new CellElement[] { cell }, new double[] { 1.5 },
                new double[] { 0.0 });
        double i = p.senseCurrents()[0];
        double vCell = p.cellVoltage(0, 0);
        assertEquals(1.5, vCell + 200 * i, 1e-12, "source = drops");
        double inner = i / 1e-4;
        assertEquals(i, 1e-9 * Math.sinh((vCell - inner) / 0.1), 1e-12 * i, "selector carries the same current");
        assertTrue(p.residual() < 1e-15, "Kirchhoff's law holds: " + p.residual() + " A after "
                + p.newtonIterations() + " Newton steps");
    }
}
