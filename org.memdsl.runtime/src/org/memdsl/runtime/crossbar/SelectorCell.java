package org.memdsl.runtime.crossbar;

import org.hipparchus.analysis.solvers.BracketingNthOrderBrentSolver;

/**
 * One selector in series with a cell (1S1R): the selector conducts {@code I = I_0·sinh(V_s/V_0)}
 * (a symmetric threshold-like selector; a 1T1R access transistor is {@code I = V_s/R_T}, i.e.
 * {@link #transistor}). The voltage splits so that both carry the same current (the inner node is
 * solved per evaluation); the series conductance is {@code g_s·g_c/(g_s + g_c)}.
 */
public final class SelectorCell implements CellElement {

    private final CellElement cell;
    private final double saturation;
    private final double voltageScale;
    private final double seriesResistance;
    private final BracketingNthOrderBrentSolver solver = new BracketingNthOrderBrentSolver(1e-16, 1e-14, 1e-300, 5);

    private SelectorCell(CellElement cell, double saturation, double voltageScale, double seriesResistance) {
        this.cell = cell;
        this.saturation = saturation;
        this.voltageScale = voltageScale;
        this.seriesResistance = seriesResistance;
    }

    /** Sinh selector ({@code I_0}, {@code V_0}) in series with {@code cell}. */
    public static SelectorCell sinh(CellElement cell, double saturation, double voltageScale) {
        return new SelectorCell(cell, saturation, voltageScale, 0);
    }

    /** Access transistor of on-resistance {@code r} (gate on) in series with {@code cell}. */
    public static SelectorCell transistor(CellElement cell, double resistance) {
        return new SelectorCell(cell, 0, 0, resistance);
    }

    private double selectorCurrent(double vs) {
        return seriesResistance > 0 ? vs / seriesResistance : saturation * Math.sinh(vs / voltageScale);
    }

    private double selectorConductance(double vs) {
        return seriesResistance > 0 ? 1 / seriesResistance
                : saturation / voltageScale * Math.cosh(vs / voltageScale);
    }

    /** Voltage across the cell when {@code v} is across selector and cell. */
    public double cellVoltage(double v) {
        if (v == 0) {
            return 0;
        }
        return solver.solve(500, vc -> selectorCurrent(v - vc) - cell.current(vc), Math.min(0, v), Math.max(0, v));
    }

    @Override
    public double current(double v) {
        return cell.current(cellVoltage(v));
    }

    @Override
    public double conductance(double v) {
        double vc = cellVoltage(v);
        double gs = selectorConductance(v - vc);
        double gc = cell.conductance(vc);
        return gs * gc / (gs + gc);
    }

    @Override
    public boolean linear() {
        return seriesResistance > 0 && cell.linear();
    }
}
