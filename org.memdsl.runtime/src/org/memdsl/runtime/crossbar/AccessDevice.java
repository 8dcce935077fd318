package org.memdsl.runtime.crossbar;

/**
 * What sits in series with every cell of an array, as seen for a given operation: nothing (1R),
 * a two-terminal selector (1S1R, the same whatever the row), or an access transistor whose gate is
 * the row's word line (1T1R: on in the selected row, off elsewhere).
 */
public interface AccessDevice {

    /** @param rowSelected whether the cell's row is the one being read or written (or all, for a VMM) */
    CellElement wrap(CellElement cell, boolean rowSelected);

    static AccessDevice none() {
        return (cell, selected) -> cell;
    }

    /** 1S1R with a sinh selector {@code I = I_0·sinh(V/V_0)}. */
    static AccessDevice selector(double saturation, double voltageScale) {
        return (cell, selected) -> SelectorCell.sinh(cell, saturation, voltageScale);
    }

    /** 1T1R: on-resistance where the word line is on, off-resistance elsewhere. */
    static AccessDevice transistor(double onResistance, double offResistance) {
        return (cell, selected) -> SelectorCell.transistor(cell, selected ? onResistance : offResistance);
    }
}
