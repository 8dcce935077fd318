package org.memdsl.runtime.crossbar;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A crossbar operating problem as a SPICE netlist that ngspice accepts: voltage sources for the
 * driven lines, resistors for wires, drivers and senses, a resistor for each linear cell and a
 * behavioural current source with a piecewise-linear table of its I–V for a nonlinear one. Nodes
 * are {@code r<i>_<j>} and {@code c<i>_<j>} (row and column wire at crosspoint i, j).
 */
public final class SpiceNetlist {

    /** Points of the I–V table of a nonlinear cell over {@code [−V_max, V_max]}. */
    public static final int TABLE_POINTS = 201;

    private SpiceNetlist() {
    }

    /**
     * @param printAll add an ngspice control block that prints every node voltage with 15 digits
     *        (for batch runs: {@code ngspice -b})
     */
    public static String of(CrossbarLayout layout, CellElement[] cells, double[] rowSources, double[] columnSources,
            String title, boolean printAll) {
        int n = layout.rows();
        int m = layout.columns();
        StringBuilder s = new StringBuilder(64 * cells.length * 3);
        s.append("* ").append(title).append('\n');
        double vMax = 1e-3;
        for (double v : rowSources) {
            vMax = Double.isNaN(v) ? vMax : Math.max(vMax, Math.abs(v));
        }
        for (double v : columnSources) {
            vMax = Double.isNaN(v) ? vMax : Math.max(vMax, Math.abs(v));
        }
        for (int i = 0; i < n; i++) {
            if (!Double.isNaN(rowSources[i])) {
                s.append(format("VR%d sr%d 0 DC %.17g\n", i, i, rowSources[i]));
                s.append(format("RD%d sr%d r%d_0 %.17g\n", i, i, i, layout.driverResistance()));
            }
            for (int j = 0; j + 1 < m; j++) {
                s.append(format("RW%d_%d r%d_%d r%d_%d %.17g\n", i, j, i, j, i, j + 1, layout.rowSegment()));
            }
        }
        for (int j = 0; j < m; j++) {
            if (!Double.isNaN(columnSources[j])) {
                s.append(format("VC%d sc%d 0 DC %.17g\n", j, j, columnSources[j]));
                s.append(format("RS%d c%d_%d sc%d %.17g\n", j, n - 1, j, j, layout.senseResistance()));
            }
            for (int i = 0; i + 1 < n; i++) {
                s.append(format("RC%d_%d c%d_%d c%d_%d %.17g\n", i, j, i, j, i + 1, j, layout.columnSegment()));
            }
        }
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < m; j++) {
                CellElement cell = cells[i * m + j];
                if (cell.linear()) {
                    s.append(format("RX%d_%d r%d_%d c%d_%d %.17g\n", i, j, i, j, i, j, 1 / cell.conductance(0)));
                } else {
                    s.append(format("BX%d_%d r%d_%d c%d_%d I=pwl(v(r%d_%d,c%d_%d)", i, j, i, j, i, j, i, j, i, j));
                    for (int p = 0; p < TABLE_POINTS; p++) {
                        double v = -2 * vMax + 4 * vMax * p / (TABLE_POINTS - 1);
                        s.append(format(", %.17g, %.17g", v, cell.current(v)));
                    }
                    s.append(")\n");
                }
            }
        }
        s.append(".options reltol=1e-12 abstol=1e-18 vntol=1e-15\n");
        s.append(printAll ? ".control\nset numdgt=15\nop\nprint all\n.endc\n" : ".op\n");
        s.append(".end\n");
        return s.toString();
    }

    /**
     * The node voltages ngspice prints for a netlist made with {@code printAll} ({@code name = value}
     * lines), by node name ({@code r<i>_<j>}, {@code c<i>_<j>}).
     */
    public static Map<String, Double> printedVoltages(List<String> ngspiceOutput) {
        Map<String, Double> voltages = new HashMap<>();
        for (String line : ngspiceOutput) {
            String[] parts = line.trim().split("\\s*=\\s*");
            if (parts.length == 2 && (parts[0].startsWith("r") || parts[0].startsWith("c"))) {
                try {
                    voltages.put(parts[0], Double.parseDouble(parts[1]));
                } catch (NumberFormatException e) {
                    // a line of ngspice's own chatter, not a node
                }
            }
        }
        return voltages;
    }

    private static String format(String pattern, Object... args) {
        return String.format(Locale.ROOT, pattern, args);
    }
}
