package org.memdsl.runtime.result;

import java.util.List;

/** A named table of equal-length numeric columns, as written to one CSV file. */
public record ResultTable(String name, List<String> columns, double[][] data) {

    public ResultTable {
        if (columns.size() != data.length) {
            throw new IllegalArgumentException("table " + name + ": " + columns.size() + " names for "
                    + data.length + " columns");
        }
        for (double[] column : data) {
            if (column.length != data[0].length) {
                throw new IllegalArgumentException("table " + name + ": columns differ in length");
            }
        }
        columns = List.copyOf(columns);
    }

    /** A table from its rows, each holding one value per column. */
    public static ResultTable ofRows(String name, List<String> columns, List<double[]> rows) {
        double[][] data = new double[columns.size()][rows.size()];
        for (int r = 0; r < rows.size(); r++) {
            for (int c = 0; c < columns.size(); c++) {
                data[c][r] = rows.get(r)[c];
            }
        }
        return new ResultTable(name, columns, data);
    }

    public int rows() {
        return data.length == 0 ? 0 : data[0].length;
    }

    public double[] column(String columnName) {
        int index = columns.indexOf(columnName);
        if (index < 0) {
            throw new IllegalArgumentException("table " + name + " has no column '" + columnName + "'");
        }
        return data[index];
    }
}
