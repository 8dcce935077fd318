package org.memdsl.runtime.output;

import java.util.ArrayList;
import java.util.List;
import java.util.ServiceLoader;

/** The table formats on the class path ({@link TableFormat}), found by name. */
public final class TableFormats {

    private TableFormats() {
    }

    /**
     * The formats named, in the order given.
     *
     * @throws IllegalArgumentException naming the missing format and those present
     */
    public static List<TableFormat> named(List<String> names) {
        List<TableFormat> present = new ArrayList<>();
        ServiceLoader.load(TableFormat.class, TableFormat.class.getClassLoader()).forEach(present::add);
        List<TableFormat> chosen = new ArrayList<>();
        for (String name : names) {
            chosen.add(present.stream().filter(f -> f.name().equals(name)).findFirst()
                    .orElseThrow(() -> new IllegalArgumentException("no table format '" + name
                            + "' on the class path (present: csv" + present.stream().map(f -> ", " + f.name())
                                    .reduce("", String::concat)
                            + "); 'parquet' comes with releng/org.memdsl.spark, which bin/memdsl adds for --parquet")));
        }
        return List.copyOf(chosen);
    }
}
