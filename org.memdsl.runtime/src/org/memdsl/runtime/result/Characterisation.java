package org.memdsl.runtime.result;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One row per device of what a suite of protocols reported about it (the review's metrics side by
 * side, docs/papers.md#paper-d): the device, its family, one column per report name in the order
 * the protocols report them, and notes on what could not be measured.
 */
public record Characterisation(String name, List<String> columns, List<Row> rows, Map<String, String> units) {

    /** A device's reported values by column (NaN where a protocol gave none) and why any are missing. */
    public record Row(String device, String family, Map<String, Double> values, List<String> notes) {

        public Row {
            values = Map.copyOf(values);
            notes = List.copyOf(notes);
        }

        public double value(String column) {
            return values.getOrDefault(column, Double.NaN);
        }
    }

    public Characterisation {
        columns = List.copyOf(columns);
        rows = List.copyOf(rows);
        units = Map.copyOf(units);
    }

    public Characterisation(String name, List<String> columns, List<Row> rows) {
        this(name, columns, rows, Map.of());
    }

    /** The unit of a report column (that of the column or result it reads), or empty when unknown. */
    public String unit(String column) {
        return units.getOrDefault(column, "");
    }

    /** The row of {@code device}. */
    public Row row(String device) {
        return rows.stream().filter(r -> r.device().equals(device)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no device '" + device + "' in " + name));
    }

    /** Collects rows; the columns are the report names in the order they first appear. */
    public static final class Builder {

        private final String name;
        private final List<String> columns = new ArrayList<>();
        private final List<Row> rows = new ArrayList<>();
        private final Map<String, String> units = new LinkedHashMap<>();
        private Map<String, Double> values;
        private List<String> notes;
        private String device;
        private String family;

        public Builder(String name) {
            this.name = name;
        }

        public Builder device(String deviceName, String familyName) {
            finishRow();
            device = deviceName;
            family = familyName;
            values = new LinkedHashMap<>();
            notes = new ArrayList<>();
            return this;
        }

        /** A reported value of the current device; a NaN value is kept as missing. */
        public Builder value(String column, double value) {
            if (!columns.contains(column)) {
                columns.add(column);
            }
            values.put(column, value);
            return this;
        }

        /** The unit of a report column, as the reading found it; an empty unit is left unknown. */
        public Builder unit(String column, String unit) {
            if (unit != null && !unit.isEmpty()) {
                units.putIfAbsent(column, unit);
            }
            return this;
        }

        /** A report of the current device that could not be measured, and why. */
        public Builder missing(String column, String why) {
            value(column, Double.NaN);
            notes.add(column + ": " + why);
            return this;
        }

        public Characterisation build() {
            finishRow();
            return new Characterisation(name, columns, rows, units);
        }

        private void finishRow() {
            if (device != null) {
                rows.add(new Row(device, family, values, notes));
                device = null;
            }
        }
    }
}
