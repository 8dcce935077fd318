package org.memdsl.runtime.result;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A named table of equal-length numeric columns, each with a unit, as written to one CSV file,
 * together with the measurement's results that are not rows ({@link ScalarResult}: fits, crossing
 * points, classes), which go to the experiment's summary.
 */
public record ResultTable(String name, List<Column> header, double[][] data, List<ScalarResult> scalars) {

    public ResultTable {
        if (header.size() != data.length) {
            throw new IllegalArgumentException("table " + name + ": " + header.size() + " names for "
                    + data.length + " columns");
        }
        for (double[] column : data) {
            if (column.length != data[0].length) {
                throw new IllegalArgumentException("table " + name + ": columns differ in length");
            }
        }
        header = List.copyOf(header);
        scalars = List.copyOf(scalars);
    }

    public ResultTable(String name, List<Column> header, double[][] data) {
        this(name, header, data, List.of());
    }

    /** A table from its rows, each holding one value per column. */
    public static ResultTable ofRows(String name, List<Column> header, List<double[]> rows) {
        double[][] data = new double[header.size()][rows.size()];
        for (int r = 0; r < rows.size(); r++) {
            for (int c = 0; c < header.size(); c++) {
                data[c][r] = rows.get(r)[c];
            }
        }
        return new ResultTable(name, header, data);
    }

    /** The same table with {@code more} results added to its scalars. */
    public ResultTable withScalars(List<ScalarResult> more) {
        List<ScalarResult> all = new ArrayList<>(scalars);
        all.addAll(more);
        return new ResultTable(name, header, data, all);
    }

    /** The column names, in order. */
    public List<String> columns() {
        return header.stream().map(Column::name).toList();
    }

    public int rows() {
        return data.length == 0 ? 0 : data[0].length;
    }

    public double[] column(String columnName) {
        int index = columns().indexOf(columnName);
        if (index < 0) {
            throw new IllegalArgumentException("table " + name + " has no column '" + columnName + "'");
        }
        return data[index];
    }

    /** The scalar result of that name, if the measurement gave one. */
    public Optional<ScalarResult> scalar(String scalarName) {
        return scalars.stream().filter(s -> s.name().equals(scalarName)).findFirst();
    }
}
