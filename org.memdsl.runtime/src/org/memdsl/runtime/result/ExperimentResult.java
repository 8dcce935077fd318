package org.memdsl.runtime.result;

import java.util.List;

/** Everything an experiment produced: tables (CSV) and figures (plots). */
public record ExperimentResult(String experiment, List<ResultTable> tables, List<Figure> figures) {

    public ExperimentResult {
        tables = List.copyOf(tables);
        figures = List.copyOf(figures);
    }

    public ResultTable table(String name) {
        return tables.stream().filter(t -> t.name().equals(name)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no table '" + name + "'"));
    }
}
