package org.memdsl.runtime.result;

import java.util.ArrayList;
import java.util.List;

/** The tables, figures and images of one run, in the order they were written. */
public class ResultCollector {

    private final List<ResultTable> tables = new ArrayList<>();
    private final List<Figure> figures = new ArrayList<>();
    private final List<Raster> rasters = new ArrayList<>();

    public final void add(ResultTable table, Figure figure) {
        tables.add(table);
        figures.add(figure);
    }

    public final void add(ResultTable table) {
        tables.add(table);
    }

    public final void add(Raster raster) {
        rasters.add(raster);
    }

    public final RunResult result(String name) {
        return new RunResult(name, tables, figures, rasters);
    }
}
