package org.memdsl.runtime.result;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** Columnar, append-only table of samples; column 0 is time. */
public final class TimeSeries {

    private final List<String> columns;
    private final List<String> units;
    private final double[][] data;
    private int rows;

    /** @param units the unit of each column, in order (time in s, {@link Column#ONE} for pure numbers) */
    public TimeSeries(List<String> columns, List<String> units, int expectedRows) {
        if (units.size() != columns.size()) {
            throw new IllegalArgumentException(columns.size() + " columns, " + units.size() + " units");
        }
        this.columns = List.copyOf(columns);
        this.units = List.copyOf(units);
        this.data = new double[columns.size()][Math.max(16, expectedRows)];
    }

    public void append(double... row) {
        if (row.length != columns.size()) {
            throw new IllegalArgumentException("row has " + row.length + " values, table has " + columns.size());
        }
        if (rows == data[0].length) {
            for (int c = 0; c < data.length; c++) {
                data[c] = Arrays.copyOf(data[c], rows * 2);
            }
        }
        for (int c = 0; c < row.length; c++) {
            data[c][rows] = row[c];
        }
        rows++;
    }

    /** Keeps the first {@code rowCount} rows only (a stretch of a run that is computed again). */
    public void truncate(int rowCount) {
        if (rowCount < 0 || rowCount > rows) {
            throw new IllegalArgumentException("cannot keep " + rowCount + " of " + rows + " rows");
        }
        rows = rowCount;
    }

    public List<String> columns() {
        return columns;
    }

    public int rows() {
        return rows;
    }

    public double get(int column, int row) {
        return data[column][row];
    }

    /** A copy of the named column. */
    public double[] column(String name) {
        int index = columns.indexOf(name);
        if (index < 0) {
            throw new IllegalArgumentException("no column '" + name + "' in " + columns);
        }
        return Arrays.copyOf(data[index], rows);
    }

    /**
     * The samples as a table with one row per time: where a pulse edge was sampled on both sides (the
     * integrator stops at every breakpoint), the row after the edge is kept, so the time column
     * increases strictly and the edge shows as the step between consecutive rows.
     */
    public ResultTable asTable(String name) {
        int[] kept = new int[rows];
        int n = 0;
        for (int r = 0; r < rows; r++) {
            if (n > 0 && data[0][kept[n - 1]] == data[0][r]) {
                kept[n - 1] = r;
            } else {
                kept[n++] = r;
            }
        }
        double[][] copy = new double[data.length][n];
        for (int c = 0; c < data.length; c++) {
            for (int k = 0; k < n; k++) {
                copy[c][k] = data[c][kept[k]];
            }
        }
        List<Column> header = new ArrayList<>();
        for (int c = 0; c < columns.size(); c++) {
            header.add(c == 0 ? Column.stated(columns.get(c), units.get(c)) : Column.of(columns.get(c), units.get(c)));
        }
        return new ResultTable(name, header, copy);
    }
}
