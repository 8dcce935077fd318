package org.memdsl.runtime.result;

import java.util.Arrays;
import java.util.List;

/** Columnar, append-only table of samples; column 0 is time. */
public final class TimeSeries {

    private final List<String> columns;
    private final double[][] data;
    private int rows;

    public TimeSeries(List<String> columns, int expectedRows) {
        this.columns = List.copyOf(columns);
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

    public ResultTable asTable(String name) {
        double[][] copy = new double[data.length][];
        for (int c = 0; c < data.length; c++) {
            copy[c] = Arrays.copyOf(data[c], rows);
        }
        return new ResultTable(name, columns, copy);
    }
}
