package org.memdsl.runtime.crossbar;

import org.hipparchus.exception.MathIllegalStateException;
import org.hipparchus.linear.ArrayRealVector;
import org.hipparchus.linear.ConjugateGradient;
import org.hipparchus.linear.RealLinearOperator;
import org.hipparchus.linear.RealVector;

/**
 * DC operating point of a crossbar by nodal analysis: one unknown per crosspoint on its row wire and
 * one on its column wire ({@code 2·rows·columns}). Newton's method on Kirchhoff's current law, each
 * step a linear solve of the nodal conductance matrix (symmetric positive definite while every cell
 * conductance is positive) by Hipparchus' preconditioned conjugate gradient. The preconditioner is
 * the matrix's line blocks: every row wire and every column wire with its own cell terms is a
 * tridiagonal system solved exactly, so only the cell couplings between lines are left to the
 * iteration; the work per iteration is linear in the number of cells, with no fill-in, where a
 * sparse direct factorisation would need a fill-reducing ordering. Linear cells converge in one
 * Newton step (and one refinement).
 */
public final class CrossbarSolver {

    private static final int MAX_NEWTON = 60;
    private static final double LINEAR_TOLERANCE = 1e-14;
    /** KCL residual, relative to the cells' currents, at which a stalled Newton iteration has converged. */
    private static final double ROUND_OFF = 1e-10;

    private final CrossbarLayout layout;
    private final int n;
    private final int m;
    private final double gRow;
    private final double gColumn;
    private final double gDriver;
    private final double gSense;

    public CrossbarSolver(CrossbarLayout layout) {
        this.layout = layout;
        this.n = layout.rows();
        this.m = layout.columns();
        this.gRow = 1 / layout.rowSegment();
        this.gColumn = 1 / layout.columnSegment();
        this.gDriver = 1 / layout.driverResistance();
        this.gSense = 1 / layout.senseResistance();
    }

    /**
     * @param cells one element per crosspoint, index {@code i·columns + j}
     * @param rowSources voltage of each row driver, {@code NaN} for a floating row
     * @param columnSources voltage at each column sense, {@code NaN} for a floating column
     * @throws CrossbarException when Newton's method does not converge
     */
    public OperatingPoint solve(CellElement[] cells, double[] rowSources, double[] columnSources) {
        if (cells.length != n * m || rowSources.length != n || columnSources.length != m) {
            throw new IllegalArgumentException("cells, row and column sources do not match the layout");
        }
        int size = 2 * n * m;
        double[] x = new double[size];
        double scale = 1e-3;
        for (int i = 0; i < n; i++) {
            double v = Double.isNaN(rowSources[i]) ? 0 : rowSources[i];
            scale = Math.max(scale, Math.abs(v));
            for (int j = 0; j < m; j++) {
                x[i * m + j] = v;
            }
        }
        for (int j = 0; j < m; j++) {
            double v = Double.isNaN(columnSources[j]) ? 0 : columnSources[j];
            scale = Math.max(scale, Math.abs(v));
            for (int i = 0; i < n; i++) {
                x[n * m + i * m + j] = v;
            }
        }
        boolean linear = true;
        for (CellElement c : cells) {
            linear &= c.linear();
        }
        double[] g = new double[n * m];
        double[] f = new double[size];
        int linearIterations = 0;
        double residual = residual(cells, rowSources, columnSources, x, f);
        double currentScale = currentScale(cells, scale);
        for (int iteration = 1; iteration <= MAX_NEWTON; iteration++) {
            for (int k = 0; k < n * m; k++) {
                g[k] = cells[k].conductance(x[k] - x[n * m + k]);
            }
            Jacobian jacobian = new Jacobian(g, rowSources, columnSources);
            ConjugateGradient cg = new ConjugateGradient(Math.max(1000, 20 * (n + m)), LINEAR_TOLERANCE, false);
            RealVector step;
            try {
                step = cg.solve(jacobian, jacobian.lineBlocks(), new ArrayRealVector(f, false).mapMultiply(-1));
            } catch (MathIllegalStateException e) {
                throw new CrossbarException("linear solve of the crossbar did not converge: " + e.getMessage());
            }
            linearIterations += cg.getIterationManager().getIterations();
            double[] delta = step.toArray();
            double damping = 1.0;
            double before = residual;
            double[] trial = new double[size];
            double[] trialF = new double[size];
            double trialResidual;
            do {
                for (int k = 0; k < size; k++) {
                    trial[k] = x[k] + damping * delta[k];
                }
                trialResidual = residual(cells, rowSources, columnSources, trial, trialF);
                damping /= 2;
            } while (!linear && trialResidual > residual && damping > 1e-4);
            double largest = 0;
            for (double d : delta) {
                largest = Math.max(largest, Math.abs(d));
            }
            System.arraycopy(trial, 0, x, 0, size);
            System.arraycopy(trialF, 0, f, 0, size);
            residual = trialResidual;
            if (!Double.isFinite(residual)) {
                throw new CrossbarException("crossbar solve diverged (non-finite currents) at Newton step "
                        + iteration);
            }
            boolean small = largest * 2 * damping <= 1e-13 * scale || residual <= 1e-13 * currentScale;
            // no damped step lowers a residual already at the round-off of the cells' own solves
            boolean stalled = residual > 0.5 * before && residual <= ROUND_OFF * currentScale;
            if (small || stalled || (linear && iteration >= 2)) {
                return result(cells, rowSources, columnSources, x, iteration, linearIterations, residual);
            }
        }
        throw new CrossbarException(String.format("Newton's method did not converge in %d steps: largest KCL "
                + "residual %.3g A (currents of order %.3g A)", MAX_NEWTON, residual, currentScale));
    }

    private double currentScale(CellElement[] cells, double scale) {
        double largest = 0;
        for (CellElement c : cells) {
            largest = Math.max(largest, Math.abs(c.current(scale)));
        }
        return Math.max(largest, 1e-30);
    }

    /** KCL residual (current leaving each node) into {@code f}; returns its largest magnitude. */
    private double residual(CellElement[] cells, double[] rowSources, double[] columnSources, double[] x,
            double[] f) {
        int cellsCount = n * m;
        java.util.Arrays.fill(f, 0);
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < m; j++) {
                int r = i * m + j;
                if (j + 1 < m) {
                    double c = gRow * (x[r] - x[r + 1]);
                    f[r] += c;
                    f[r + 1] -= c;
                }
                int col = cellsCount + r;
                if (i + 1 < n) {
                    double c = gColumn * (x[col] - x[col + m]);
                    f[col] += c;
                    f[col + m] -= c;
                }
                double ic = cells[r].current(x[r] - x[col]);
                f[r] += ic;
                f[col] -= ic;
            }
            if (!Double.isNaN(rowSources[i])) {
                f[i * m] += gDriver * (x[i * m] - rowSources[i]);
            }
        }
        for (int j = 0; j < m; j++) {
            if (!Double.isNaN(columnSources[j])) {
                int last = cellsCount + (n - 1) * m + j;
                f[last] += gSense * (x[last] - columnSources[j]);
            }
        }
        double largest = 0;
        for (double v : f) {
            largest = Math.max(largest, Math.abs(v));
        }
        return largest;
    }

    private OperatingPoint result(CellElement[] cells, double[] rowSources, double[] columnSources, double[] x,
            int newton, int linearIterations, double residual) {
        int cellsCount = n * m;
        double[] rows = java.util.Arrays.copyOfRange(x, 0, cellsCount);
        double[] columns = java.util.Arrays.copyOfRange(x, cellsCount, 2 * cellsCount);
        double[] currents = new double[cellsCount];
        for (int k = 0; k < cellsCount; k++) {
            currents[k] = cells[k].current(rows[k] - columns[k]);
        }
        double[] drivers = new double[n];
        for (int i = 0; i < n; i++) {
            drivers[i] = Double.isNaN(rowSources[i]) ? 0 : gDriver * (rowSources[i] - rows[i * m]);
        }
        double[] senses = new double[m];
        for (int j = 0; j < m; j++) {
            senses[j] = Double.isNaN(columnSources[j]) ? 0 : gSense * (columns[(n - 1) * m + j] - columnSources[j]);
        }
        return new OperatingPoint(layout, rows, columns, currents, drivers, senses, newton, linearIterations,
                residual);
    }

    /** The nodal matrix at the present cell conductances, applied without being stored. */
    private final class Jacobian implements RealLinearOperator {

        private final double[] g;
        private final boolean[] rowDriven;
        private final boolean[] columnDriven;

        Jacobian(double[] g, double[] rowSources, double[] columnSources) {
            this.g = g;
            this.rowDriven = new boolean[n];
            this.columnDriven = new boolean[m];
            for (int i = 0; i < n; i++) {
                rowDriven[i] = !Double.isNaN(rowSources[i]);
            }
            for (int j = 0; j < m; j++) {
                columnDriven[j] = !Double.isNaN(columnSources[j]);
            }
        }

        @Override
        public int getRowDimension() {
            return 2 * n * m;
        }

        @Override
        public int getColumnDimension() {
            return 2 * n * m;
        }

        @Override
        public RealVector operate(RealVector vector) {
            double[] v = vector instanceof ArrayRealVector a ? a.getDataRef() : vector.toArray();
            int cellsCount = n * m;
            double[] out = new double[2 * cellsCount];
            for (int i = 0; i < n; i++) {
                for (int j = 0; j < m; j++) {
                    int r = i * m + j;
                    int c = cellsCount + r;
                    if (j + 1 < m) {
                        double d = gRow * (v[r] - v[r + 1]);
                        out[r] += d;
                        out[r + 1] -= d;
                    }
                    if (i + 1 < n) {
                        double d = gColumn * (v[c] - v[c + m]);
                        out[c] += d;
                        out[c + m] -= d;
                    }
                    double d = g[r] * (v[r] - v[c]);
                    out[r] += d;
                    out[c] -= d;
                }
                if (rowDriven[i]) {
                    out[i * m] += gDriver * v[i * m];
                }
            }
            for (int j = 0; j < m; j++) {
                if (columnDriven[j]) {
                    int last = cellsCount + (n - 1) * m + j;
                    out[last] += gSense * v[last];
                }
            }
            return new ArrayRealVector(out, false);
        }

        /** Inverse of the block-diagonal part: every row and column wire solved as a tridiagonal system. */
        RealLinearOperator lineBlocks() {
            int cellsCount = n * m;
            // Thomas algorithm factors, computed once per Jacobian
            double[] rowPivot = new double[cellsCount];
            double[] columnPivot = new double[cellsCount];
            for (int i = 0; i < n; i++) {
                for (int j = 0; j < m; j++) {
                    int r = i * m + j;
                    double diag = g[r] + (j > 0 ? gRow : 0) + (j + 1 < m ? gRow : 0)
                            + (j == 0 && rowDriven[i] ? gDriver : 0);
                    rowPivot[r] = j == 0 ? diag : diag - gRow * gRow / rowPivot[r - 1];
                }
            }
            for (int j = 0; j < m; j++) {
                for (int i = 0; i < n; i++) {
                    int r = i * m + j;
                    double diag = g[r] + (i > 0 ? gColumn : 0) + (i + 1 < n ? gColumn : 0)
                            + (i == n - 1 && columnDriven[j] ? gSense : 0);
                    columnPivot[r] = i == 0 ? diag : diag - gColumn * gColumn / columnPivot[r - m];
                }
            }
            return new RealLinearOperator() {
                @Override
                public int getRowDimension() {
                    return 2 * cellsCount;
                }

                @Override
                public int getColumnDimension() {
                    return 2 * cellsCount;
                }

                @Override
                public RealVector operate(RealVector vector) {
                    double[] b = vector instanceof ArrayRealVector a ? a.getDataRef() : vector.toArray();
                    double[] y = new double[2 * cellsCount];
                    for (int i = 0; i < n; i++) {
                        int base = i * m;
                        y[base] = b[base];
                        for (int j = 1; j < m; j++) {
                            y[base + j] = b[base + j] + gRow * y[base + j - 1] / rowPivot[base + j - 1];
                        }
                        y[base + m - 1] /= rowPivot[base + m - 1];
                        for (int j = m - 2; j >= 0; j--) {
                            y[base + j] = (y[base + j] + gRow * y[base + j + 1]) / rowPivot[base + j];
                        }
                    }
                    for (int j = 0; j < m; j++) {
                        int top = cellsCount + j;
                        y[top] = b[top];
                        for (int i = 1; i < n; i++) {
                            int at = top + i * m;
                            y[at] = b[at] + gColumn * y[at - m] / columnPivot[at - m - cellsCount];
                        }
                        int bottom = top + (n - 1) * m;
                        y[bottom] /= columnPivot[bottom - cellsCount];
                        for (int i = n - 2; i >= 0; i--) {
                            int at = top + i * m;
                            y[at] = (y[at] + gColumn * y[at + m]) / columnPivot[at - cellsCount];
                        }
                    }
                    return new ArrayRealVector(y, false);
                }
            };
        }
    }
}
