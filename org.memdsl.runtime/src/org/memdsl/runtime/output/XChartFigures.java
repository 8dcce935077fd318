package org.memdsl.runtime.output;

import java.awt.BasicStroke;

import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.style.markers.Marker;
import org.knowm.xchart.style.markers.SeriesMarkers;
import org.memdsl.runtime.result.Figure;
import org.memdsl.runtime.result.FigureSeries;
import org.memdsl.runtime.result.LogAxis;

/**
 * A {@link Figure} as an XChart chart, the one drawing every file format starts from: ticks with SI
 * prefixes, measured series with a marker each (circle, square, diamond, …), fits and models dashed.
 */
final class XChartFigures {

    private static final Marker[] MARKERS = { SeriesMarkers.CIRCLE, SeriesMarkers.SQUARE, SeriesMarkers.DIAMOND,
        SeriesMarkers.TRIANGLE_UP, SeriesMarkers.TRIANGLE_DOWN };
    private static final BasicStroke DASHED = new BasicStroke(2f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f,
            new float[] { 6f, 4f }, 0f);

    static final int WIDTH = 800;
    static final int HEIGHT = 560;

    private XChartFigures() {
    }

    static XYChart chart(Figure figure) {
        System.setProperty("java.awt.headless", "true");
        XYChart chart = new XYChartBuilder().width(WIDTH).height(HEIGHT).title(figure.title())
                .xAxisTitle(figure.xLabel()).yAxisTitle(figure.yLabel()).build();
        chart.getStyler().setYAxisLogarithmic(figure.logY());
        chart.getStyler().setXAxisLogarithmic(figure.logX());
        chart.getStyler().setLegendVisible(figure.series().size() > 1);
        chart.getStyler().setxAxisTickLabelsFormattingFunction(SiTicks::format);
        chart.getStyler().setyAxisTickLabelsFormattingFunction(SiTicks::format);
        int data = 0;
        for (FigureSeries s : figure.series()) {
            double[] y = figure.logY() ? LogAxis.positive(s.y()) : s.y();
            double[] x = figure.logX() ? LogAxis.positive(s.x()) : s.x();
            XYSeries series = chart.addSeries(s.label(), x, y);
            if (s.isModel()) {
                series.setMarker(SeriesMarkers.NONE);
                series.setLineStyle(DASHED);
            } else {
                series.setMarker(s.showMarkers() ? MARKERS[data++ % MARKERS.length] : SeriesMarkers.NONE);
            }
        }
        return chart;
    }
}
