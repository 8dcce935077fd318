package org.memdsl.tests.run;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

/** Reads the CSV files and summaries a run wrote. */
final class ResultFiles {

    private ResultFiles() {
    }

    /** Runs every experiment, study and fit of {@code spec} into {@code out}, quietly, with the file's seeds. */
    static void run(org.memdsl.run.SpecRunner runner, Path spec, Path out) throws Exception {
        runner.run(spec, out, java.util.OptionalLong.empty(), (x, i, n, f) -> {
        });
    }

    /**
     * The values of one column of a CSV table with a header row of {@code name [unit]}, by name; an
     * empty cell (a value that could not be computed) is NaN.
     */
    static double[] column(Path csv, String name) throws Exception {
        List<String> lines = Files.readAllLines(csv);
        int index = names(lines.get(0)).indexOf(name);
        if (index < 0) {
            throw new IllegalArgumentException(csv + " has no column '" + name + "': " + lines.get(0));
        }
        return lines.subList(1, lines.size()).stream().mapToDouble(l -> number(l.split(",", -1)[index]))
                .toArray();
    }

    private static double number(String cell) {
        return cell.isEmpty() ? Double.NaN : Double.parseDouble(cell);
    }

    /** The column names of a header row, without their units. */
    static List<String> names(String header) {
        List<String> names = new ArrayList<>();
        for (String cell : header.split(",")) {
            int unit = cell.indexOf(" [");
            names.add(unit < 0 ? cell : cell.substring(0, unit));
        }
        return names;
    }

    /** The (first) value of the result {@code name} of {@code output} in an experiment's {@code summary.json}. */
    static double scalar(Path experimentDir, String output, String name) throws Exception {
        JsonObject summary = JsonParser.parseString(Files.readString(experimentDir.resolve("summary.json")))
                .getAsJsonObject();
        for (JsonElement o : summary.getAsJsonArray("outputs")) {
            if (o.getAsJsonObject().get("name").getAsString().equals(output)) {
                for (JsonElement r : o.getAsJsonObject().getAsJsonArray("results")) {
                    JsonObject result = r.getAsJsonObject();
                    if (result.get("name").getAsString().equals(name)) {
                        return result.has("value") ? result.get("value").getAsDouble()
                                : result.has("values") ? result.getAsJsonArray("values").get(0).getAsDouble()
                                : Double.NaN;
                    }
                }
            }
        }
        throw new IllegalArgumentException(experimentDir + " has no result " + output + "." + name);
    }
}
