package org.memdsl.runtime.crossbar;

/**
 * Geometry and parasitics of an {@code rows × columns} crossbar. Rows are driven from their first
 * cell's end (column 0 side) through {@code driverResistance}; columns are sensed at their last
 * row's end through {@code senseResistance}. Between neighbouring cells a row wire segment has
 * {@code rowSegment} ohms and a column wire segment {@code columnSegment} ohms; the first segment of
 * each line is part of its driver or sense resistance.
 */
public record CrossbarLayout(int rows, int columns, double rowSegment, double columnSegment,
        double driverResistance, double senseResistance) {

    public CrossbarLayout {
        if (rows < 1 || columns < 1) {
            throw new IllegalArgumentException("a crossbar needs at least one row and one column");
        }
        if (!(rowSegment > 0 && columnSegment > 0 && driverResistance > 0 && senseResistance > 0)) {
            throw new IllegalArgumentException("wire, driver and sense resistances must be > 0 (use a small value "
                    + "for an ideal wire)");
        }
    }

    public int cells() {
        return rows * columns;
    }
}
