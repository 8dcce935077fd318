package org.memdsl.runtime.output;

import java.awt.geom.Rectangle2D;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import javax.imageio.ImageIO;

import org.jfree.chart.JFreeChart;
import org.memdsl.runtime.result.Figure;
import org.memdsl.runtime.result.Raster;

import de.erichseifert.vectorgraphics2d.Processors;
import de.erichseifert.vectorgraphics2d.VectorGraphics2D;
import de.erichseifert.vectorgraphics2d.util.PageSize;

/**
 * Writes figures and rasters, drawn once by JFreeChart, as a PNG (800 × 560) and its vector twins
 * SVG and PDF (VectorGraphics2D), each file atomically.
 */
public final class FigureFiles {

    public static final int WIDTH = FigureCharts.WIDTH;
    public static final int HEIGHT = FigureCharts.HEIGHT;

    /** The file formats written for every figure, by extension. */
    public enum Format {
        PNG, SVG, PDF;

        public String extension() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    private FigureFiles() {
    }

    /** Writes {@code NAME.png}, {@code NAME.svg} and {@code NAME.pdf} into {@code dir}; returns them. */
    public static List<Path> write(Figure figure, Path dir) throws IOException {
        return writeAll(FigureCharts.chart(figure), figure.name(), dir);
    }

    public static List<Path> write(Raster raster, Path dir) throws IOException {
        return writeAll(HeatMapCharts.chart(raster), raster.name(), dir);
    }

    /** One format of a figure, into {@code file}. */
    public static void write(Figure figure, Format format, Path file) throws IOException {
        write(FigureCharts.chart(figure), format, file);
    }

    public static byte[] png(Figure figure) throws IOException {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        ImageIO.write(FigureCharts.chart(figure).createBufferedImage(WIDTH, HEIGHT), "png", out);
        return out.toByteArray();
    }

    /** What a reader sees of one axis of a drawn figure: its label, whether it is logarithmic, its tick labels. */
    public record AxisView(String label, boolean log, List<String> tickLabels) {
    }

    /** The x and y axes of {@code figure} as drawn at the files' size. */
    public static List<AxisView> axes(Figure figure) {
        return axes(FigureCharts.chart(figure));
    }

    /** The column and row axes of {@code raster} as drawn at the files' size, and its colour bar's. */
    public static List<AxisView> axes(Raster raster) {
        return axes(HeatMapCharts.chart(raster));
    }

    private static List<AxisView> axes(JFreeChart chart) {
        java.awt.image.BufferedImage image = new java.awt.image.BufferedImage(WIDTH, HEIGHT,
                java.awt.image.BufferedImage.TYPE_INT_RGB);
        java.awt.Graphics2D g = image.createGraphics();
        try {
            org.jfree.chart.ChartRenderingInfo info = new org.jfree.chart.ChartRenderingInfo();
            chart.draw(g, new Rectangle2D.Double(0, 0, WIDTH, HEIGHT), info);
            Rectangle2D area = info.getPlotInfo().getDataArea();
            org.jfree.chart.plot.XYPlot plot = chart.getXYPlot();
            List<AxisView> views = new java.util.ArrayList<>(List.of(view(plot.getDomainAxis(), g, area,
                    Plot2D.domainEdge(plot)), view(plot.getRangeAxis(), g, area, Plot2D.rangeEdge(plot))));
            for (Object title : chart.getSubtitles()) {
                if (title instanceof org.jfree.chart.title.PaintScaleLegend bar) {
                    views.add(view(bar.getAxis(), g, area, org.jfree.chart.ui.RectangleEdge.RIGHT));
                }
            }
            return views;
        } finally {
            g.dispose();
        }
    }

    private static AxisView view(org.jfree.chart.axis.ValueAxis axis, java.awt.Graphics2D g, Rectangle2D area,
            org.jfree.chart.ui.RectangleEdge edge) {
        List<String> labels = new java.util.ArrayList<>();
        for (Object tick : axis.refreshTicks(g, new org.jfree.chart.axis.AxisState(), area, edge)) {
            String text = tick instanceof org.jfree.chart.axis.LogTick log && log.getAttributedLabel() != null
                    ? text(log.getAttributedLabel()) : ((org.jfree.chart.axis.Tick) tick).getText();
            if (text != null && !text.isEmpty()) {
                labels.add(text);
            }
        }
        return new AxisView(axis.getLabel(), axis instanceof org.jfree.chart.axis.LogAxis, labels);
    }

    private static String text(java.text.AttributedString label) {
        java.text.CharacterIterator it = label.getIterator();
        StringBuilder out = new StringBuilder();
        for (char c = it.first(); c != java.text.CharacterIterator.DONE; c = it.next()) {
            out.append(c);
        }
        return out.toString();
    }

    private static List<Path> writeAll(JFreeChart chart, String name, Path dir) throws IOException {
        List<Path> files = new java.util.ArrayList<>();
        for (Format format : Format.values()) {
            Path file = dir.resolve(name + "." + format.extension());
            write(chart, format, file);
            files.add(file);
        }
        return files;
    }

    private static void write(JFreeChart chart, Format format, Path file) throws IOException {
        if (format == Format.PNG) {
            var image = chart.createBufferedImage(WIDTH, HEIGHT);
            AtomicFiles.write(file, out -> ImageIO.write(image, "png", out));
            return;
        }
        VectorGraphics2D g = new VectorGraphics2D();
        chart.draw(g, new Rectangle2D.Double(0, 0, WIDTH, HEIGHT));
        var document = Processors.get(format.extension()).getDocument(g.getCommands(),
                new PageSize(0, 0, WIDTH, HEIGHT));
        AtomicFiles.write(file, document::writeTo);
    }
}
