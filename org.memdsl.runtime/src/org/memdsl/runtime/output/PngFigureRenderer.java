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
import org.memdsl.runtime.result.LogAxis;

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
        chart.getStyler().setXAxisLogarithmic(figure.logX());
        chart.getStyler().setLegendVisible(figure.series().size() > 1);
        for (FigureSeries s : figure.series()) {
            double[] y = figure.logY() ? LogAxis.positive(s.y()) : s.y();
            double[] x = figure.logX() ? LogAxis.positive(s.x()) : s.x();
            XYSeries series = chart.addSeries(s.label(), x, y);
            series.setMarker(s.showMarkers() ? SeriesMarkers.CIRCLE : SeriesMarkers.NONE);
        }
        return BitmapEncoder.getBitmapBytes(chart, BitmapFormat.PNG);
    }

    public static void write(Figure figure, Path file) throws IOException {
        byte[] png = render(figure);
        AtomicFiles.write(file, out -> out.write(png));
    }
}
