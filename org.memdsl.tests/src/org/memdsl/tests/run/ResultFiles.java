package org.memdsl.tests.run;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** Reads the CSV files a run wrote. */
final class ResultFiles {

    private ResultFiles() {
    }

    /** The values of one column of a CSV table with a header row. */
    static double[] column(Path csv, String name) throws Exception {
        List<String> lines = Files.readAllLines(csv);
        int index = List.of(lines.get(0).split(",")).indexOf(name);
        if (index < 0) {
            throw new IllegalArgumentException(csv + " has no column '" + name + "': " + lines.get(0));
        }
        return lines.subList(1, lines.size()).stream().mapToDouble(l -> Double.parseDouble(l.split(",")[index]))
                .toArray();
    }
}
