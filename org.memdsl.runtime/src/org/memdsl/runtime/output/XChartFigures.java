package org.memdsl.runtime.output;

import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.style.markers.SeriesMarkers;
import org.memdsl.runtime.result.Figure;
import org.memdsl.runtime.result.FigureSeries;
import org.memdsl.runtime.result.LogAxis;

/** A {@link Figure} as an XChart chart, the one drawing every file format starts from. */
final class XChartFigures {

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
        for (FigureSeries s : figure.series()) {
            double[] y = figure.logY() ? LogAxis.positive(s.y()) : s.y();
            double[] x = figure.logX() ? LogAxis.positive(s.x()) : s.x();
            XYSeries series = chart.addSeries(s.label(), x, y);
            series.setMarker(s.showMarkers() ? SeriesMarkers.CIRCLE : SeriesMarkers.NONE);
        }
        return chart;
    }
}
