package org.memdsl.runtime.result;

import java.util.ArrayList;
import java.util.List;

/**
 * The cells of a table that hold no value (NaN or infinite: a ratio to a zero response, a fit of
 * degenerate data): written as empty cells and listed, with why, in the summary and as warnings.
 */
public record MissingValues(String table, String column, int rows, int of, String why) {

    /** One entry per column of {@code table} with a cell that holds no value. */
    public static List<MissingValues> of(ResultTable table) {
        List<MissingValues> missing = new ArrayList<>();
        for (int c = 0; c < table.header().size(); c++) {
            int count = 0;
            for (double v : table.data()[c]) {
                if (!Double.isFinite(v)) {
                    count++;
                }
            }
            if (count > 0) {
                Column column = table.header().get(c);
                missing.add(new MissingValues(table.name(), column.name(), count, table.rows(), column.whyMissing()));
            }
        }
        return missing;
    }

    /** {@code ppf.csv: ppf_percent has no value in 2 of 6 rows (why)}. */
    public String describe() {
        return table + ".csv: " + column + " has no value in " + rows + " of " + of + " rows (" + why
                + "); those cells are empty";
    }
}
