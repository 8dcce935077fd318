package org.memdsl.runtime.result;

import java.util.List;

/** Everything an experiment or a network run produced: tables (CSV), figures (plots) and images. */
public record RunResult(String experiment, List<ResultTable> tables, List<Figure> figures,
        List<Raster> rasters) {

    public RunResult {
        tables = List.copyOf(tables);
        figures = List.copyOf(figures);
        rasters = List.copyOf(rasters);
    }

    public RunResult(String experiment, List<ResultTable> tables, List<Figure> figures) {
        this(experiment, tables, figures, List.of());
    }

    public ResultTable table(String name) {
        return tables.stream().filter(t -> t.name().equals(name)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no table '" + name + "'"));
    }
}
