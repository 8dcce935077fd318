package org.memdsl.runtime.crossbar;

import java.util.Locale;

import org.memdsl.runtime.array.ArrayPlan;

/**
 * A crossbar declared in a {@code .mem} file as a SPICE netlist of one read, in the state its
 * plan's writes leave it (none: as built), with memdsl's own solution of the same circuit for
 * comparison (node {@code r<i>_<j>} / {@code c<i>_<j>} voltages, as the netlist names them).
 */
public record CrossbarExport(String netlist, OperatingPoint point) {

    /**
     * @param row the read cell's row, whose word line is on (1T1R)
     * @param voltage the read voltage on that row; the other lines follow {@code scheme}
     */
    public static CrossbarExport of(ArrayPlan plan, int row, int column, double voltage, BiasScheme scheme) {
        if (!(plan.kind() instanceof CrossbarKind)) {
            throw new IllegalArgumentException("array " + plan.name() + " is a " + plan.kind().name()
                    + ", not a crossbar");
        }
        Crossbar xbar = CrossbarKind.build(plan);
        CrossbarLayout layout = xbar.layout();
        if (row < 0 || row >= layout.rows() || column < 0 || column >= layout.columns()) {
            throw new IllegalArgumentException("cell " + row + "," + column + " is outside the " + layout.rows() + "×"
                    + layout.columns() + " array");
        }
        for (ArrayPlan.Step step : plan.steps()) {
            if (step.operation().name().equals("write")) {
                CrossbarKind.writePattern(xbar, step.pattern(), step.values());
            }
        }
        double[] rows = scheme.rows(layout.rows(), row, voltage);
        double[] columns = scheme.columns(layout.columns(), column, voltage);
        CellElement[] cells = xbar.cells(row);
        OperatingPoint point = new CrossbarSolver(layout).solve(cells, rows, columns);
        String title = String.format(Locale.ROOT, "memdsl %s: read of cell %d,%d at %g V, %s bias", plan.name(),
                row, column, voltage, scheme.name().toLowerCase(Locale.ROOT));
        return new CrossbarExport(SpiceNetlist.of(layout, cells, rows, columns, title, true), point);
    }

    /** memdsl's voltage of a netlist node {@code r<i>_<j>} or {@code c<i>_<j>}. */
    public double voltage(String node) {
        String[] at = node.substring(1).split("_");
        int k = Integer.parseInt(at[0]) * point.layout().columns() + Integer.parseInt(at[1]);
        return node.charAt(0) == 'r' ? point.rowNodes()[k] : point.columnNodes()[k];
    }
}
