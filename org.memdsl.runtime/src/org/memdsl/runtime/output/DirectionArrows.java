package org.memdsl.runtime.output;

import java.awt.Graphics2D;
import java.awt.Paint;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;

import org.jfree.chart.annotations.AbstractXYAnnotation;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.PlotRenderingInfo;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.ui.RectangleEdge;

/**
 * Arrowheads along a series, pointing the way it was swept (an I–V loop's direction), placed at
 * equal shares of its samples (of the sweep's time), so both branches of a loop get theirs.
 */
final class DirectionArrows extends AbstractXYAnnotation {

    private static final long serialVersionUID = 1L;
    private static final int ARROWS = 6;
    private static final double SIZE = 9;

    private final double[] x;
    private final double[] y;
    private final transient Paint paint;

    DirectionArrows(double[] x, double[] y, Paint paint) {
        this.x = x.clone();
        this.y = y.clone();
        this.paint = paint;
    }

    @Override
    public void draw(Graphics2D g, XYPlot plot, Rectangle2D area, ValueAxis domain, ValueAxis range, int index,
            PlotRenderingInfo info) {
        int n = x.length;
        if (n < 2) {
            return;
        }
        RectangleEdge domainEdge = Plot2D.domainEdge(plot);
        RectangleEdge rangeEdge = Plot2D.rangeEdge(plot);
        double[] sx = new double[n];
        double[] sy = new double[n];
        for (int k = 0; k < n; k++) {
            sx[k] = domain.valueToJava2D(x[k], area, domainEdge);
            sy[k] = range.valueToJava2D(y[k], area, rangeEdge);
            if (plot.getOrientation() == PlotOrientation.HORIZONTAL) {
                double t = sx[k];
                sx[k] = sy[k];
                sy[k] = t;
            }
        }
        g.setPaint(paint);
        for (int a = 0; a < ARROWS; a++) {
            int k = (int) Math.round((n - 1) * (a + 0.5) / ARROWS);
            int next = k + 1;
            while (next < n && !(Math.hypot(sx[next] - sx[k], sy[next] - sy[k]) >= 2)) {
                next++;
            }
            if (next >= n || !Double.isFinite(sx[k] + sy[k] + sx[next] + sy[next])) {
                continue;
            }
            double dx = sx[next] - sx[k];
            double dy = sy[next] - sy[k];
            double d = Math.hypot(dx, dy);
            double ux = dx / d;
            double uy = dy / d;
            double px = sx[k];
            double py = sy[k];
            Path2D.Double head = new Path2D.Double();
            head.moveTo(px + ux * SIZE, py + uy * SIZE);
            head.lineTo(px - uy * SIZE * 0.55, py + ux * SIZE * 0.55);
            head.lineTo(px + uy * SIZE * 0.55, py - ux * SIZE * 0.55);
            head.closePath();
            g.fill(head);
        }
    }
}
