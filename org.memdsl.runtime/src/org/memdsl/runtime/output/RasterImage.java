package org.memdsl.runtime.output;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;

import org.jfree.chart.annotations.AbstractXYAnnotation;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.plot.PlotRenderingInfo;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.PaintScale;
import org.memdsl.runtime.result.Raster;

/**
 * A raster's cells as one image (a pixel per cell) stretched over the cells' area of the plot, drawn
 * without smoothing: a 280 × 280 image is one drawing command, so its SVG and PDF embed it as an
 * image instead of 78 400 rectangles (minutes to write, megabytes to read).
 */
final class RasterImage extends AbstractXYAnnotation {

    private static final long serialVersionUID = 1L;

    private final transient BufferedImage image;

    RasterImage(Raster raster, PaintScale scale) {
        image = new BufferedImage(raster.width(), raster.height(), BufferedImage.TYPE_INT_RGB);
        for (int y = 0; y < raster.height(); y++) {
            for (int x = 0; x < raster.width(); x++) {
                image.setRGB(x, y, ((java.awt.Color) scale.getPaint(raster.at(x, y))).getRGB());
            }
        }
    }

    @Override
    public void draw(Graphics2D g, XYPlot plot, Rectangle2D area, ValueAxis domain, ValueAxis range, int index,
            PlotRenderingInfo info) {
        double x0 = domain.valueToJava2D(-0.5, area, Plot2D.domainEdge(plot));
        double x1 = domain.valueToJava2D(image.getWidth() - 0.5, area, Plot2D.domainEdge(plot));
        double y0 = range.valueToJava2D(-0.5, area, Plot2D.rangeEdge(plot));
        double y1 = range.valueToJava2D(image.getHeight() - 0.5, area, Plot2D.rangeEdge(plot));
        Object hint = g.getRenderingHint(RenderingHints.KEY_INTERPOLATION);
        g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_NEAREST_NEIGHBOR);
        int left = (int) Math.round(Math.min(x0, x1));
        int top = (int) Math.round(Math.min(y0, y1));
        int width = (int) Math.round(Math.abs(x1 - x0));
        int height = (int) Math.round(Math.abs(y1 - y0));
        boolean flipY = y1 < y0;
        if (flipY) {
            g.drawImage(image, left, top + height, left + width, top, 0, 0, image.getWidth(), image.getHeight(), null);
        } else {
            g.drawImage(image, left, top, width, height, null);
        }
        if (hint != null) {
            g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, hint);
        }
    }
}
