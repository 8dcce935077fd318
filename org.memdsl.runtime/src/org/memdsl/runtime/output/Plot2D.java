package org.memdsl.runtime.output;

import org.jfree.chart.plot.Plot;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.ui.RectangleEdge;

/** The screen edges of an XY plot's axes, for drawing in data coordinates. */
final class Plot2D {

    private Plot2D() {
    }

    static RectangleEdge domainEdge(XYPlot plot) {
        return Plot.resolveDomainAxisLocation(plot.getDomainAxisLocation(), plot.getOrientation());
    }

    static RectangleEdge rangeEdge(XYPlot plot) {
        return Plot.resolveRangeAxisLocation(plot.getRangeAxisLocation(), plot.getOrientation());
    }
}
