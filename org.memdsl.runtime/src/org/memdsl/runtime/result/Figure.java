package org.memdsl.runtime.result;

import java.util.List;

/**
 * A renderer-independent plot description: the headless PNG writer and the workbench view draw
 * the same figure from this.
 */
public record Figure(String name, String title, String xLabel, String yLabel, boolean logX, boolean logY,
        List<FigureSeries> series) {

    public Figure {
        series = List.copyOf(series);
    }

    /** A figure with a linear x axis. */
    public Figure(String name, String title, String xLabel, String yLabel, boolean logY, List<FigureSeries> series) {
        this(name, title, xLabel, yLabel, false, logY, series);
    }
}
