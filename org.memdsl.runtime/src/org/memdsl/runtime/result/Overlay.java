package org.memdsl.runtime.result;

import java.util.ArrayList;
import java.util.List;

/**
 * Figures of several experiments drawn in one (dark against light, two temperatures): every series
 * keeps its data, labelled with the experiment it comes from; the axes are those of the first.
 */
public final class Overlay {

    /** One figure of one experiment. */
    public record Part(String experiment, Figure figure) {
    }

    private Overlay() {
    }

    public static Figure of(String name, List<Part> parts) {
        if (parts.isEmpty()) {
            throw new IllegalArgumentException("an overlay needs at least one figure");
        }
        List<FigureSeries> series = new ArrayList<>();
        List<String> titles = new ArrayList<>();
        boolean logX = true;
        boolean logY = true;
        for (Part p : parts) {
            Figure f = p.figure();
            titles.add(p.experiment() + "." + f.name());
            logX &= f.logX();
            logY &= f.logY();
            for (FigureSeries s : f.series()) {
                String label = f.series().size() == 1 ? p.experiment() : p.experiment() + ": " + s.label();
                series.add(new FigureSeries(label, s.x(), s.y()));
            }
        }
        Figure first = parts.get(0).figure();
        return new Figure(name, String.join(" vs ", titles), first.xLabel(), first.yLabel(), logX, logY, series);
    }
}
