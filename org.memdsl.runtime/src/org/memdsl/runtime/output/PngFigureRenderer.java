package org.memdsl.runtime.output;

import java.io.IOException;
import java.nio.file.Path;

import org.knowm.xchart.BitmapEncoder;
import org.knowm.xchart.BitmapEncoder.BitmapFormat;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.style.markers.SeriesMarkers;
import org.memdsl.runtime.result.Figure;
import org.memdsl.runtime.result.FigureSeries;

/** Renders a {@link Figure} to PNG with XChart (headless AWT). */
public final class PngFigureRenderer {

    public static final int WIDTH = 800;
    public static final int HEIGHT = 560;

    private PngFigureRenderer() {
    }

    public static byte[] render(Figure figure) throws IOException {
        System.setProperty("java.awt.headless", "true");
        XYChart chart = new XYChartBuilder().width(WIDTH).height(HEIGHT).title(figure.title())
                .xAxisTitle(figure.xLabel()).yAxisTitle(figure.yLabel()).build();
        chart.getStyler().setYAxisLogarithmic(figure.logY());
        chart.getStyler().setLegendVisible(figure.series().size() > 1);
        for (FigureSeries s : figure.series()) {
            double[] y = figure.logY() ? positive(s.y()) : s.y();
            XYSeries series = chart.addSeries(s.label(), s.x(), y);
            series.setMarker(s.x().length <= 200 ? SeriesMarkers.CIRCLE : SeriesMarkers.NONE);
        }
        return BitmapEncoder.getBitmapBytes(chart, BitmapFormat.PNG);
    }

    public static void write(Figure figure, Path file) throws IOException {
        byte[] png = render(figure);
        AtomicFiles.write(file, out -> out.write(png));
    }

    /** Log axes cannot show zero; zero samples are lifted to the smallest positive value. */
    private static double[] positive(double[] values) {
        double floor = Double.MAX_VALUE;
        for (double v : values) {
            if (v > 0) {
                floor = Math.min(floor, v);
            }
        }
        double[] out = values.clone();
        for (int i = 0; i < out.length; i++) {
            if (!(out[i] > 0)) {
                out[i] = floor == Double.MAX_VALUE ? 1e-30 : floor;
            }
        }
        return out;
    }
}
