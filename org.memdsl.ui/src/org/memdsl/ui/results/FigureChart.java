package org.memdsl.ui.results;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swtchart.Chart;
import org.eclipse.swtchart.IAxis;
import org.eclipse.swtchart.ILineSeries;
import org.eclipse.swtchart.ILineSeries.PlotSymbolType;
import org.eclipse.swtchart.ISeries.SeriesType;
import org.eclipse.swtchart.LineStyle;
import org.eclipse.swtchart.Range;
import org.eclipse.jface.resource.JFaceResources;
import org.memdsl.runtime.result.Figure;
import org.memdsl.runtime.output.FigurePalette;
import org.memdsl.runtime.result.FigureSeries;
import org.memdsl.runtime.result.LogAxis;

/**
 * Draws a {@link Figure} as a live SWTChart chart, the interactive twin of the PNG the runner writes
 * from the same plot description: every series in its own colour (measured data with markers, fits
 * and models as dashed lines without), ticks with SI prefixes, log axes that can be switched, a
 * second figure (the same figure of an earlier run) overlaid in grey, and zoom and pan
 * ({@link ChartNavigation}).
 */
public final class FigureChart {

    /** Colour-blind-safe palette (Okabe and Ito). */
    private static final PlotSymbolType[] SYMBOLS = { PlotSymbolType.CIRCLE, PlotSymbolType.SQUARE,
        PlotSymbolType.TRIANGLE, PlotSymbolType.DIAMOND, PlotSymbolType.INVERTED_TRIANGLE, PlotSymbolType.CROSS };
    private static final RGB COMPARED = new RGB(150, 150, 150);

    private final Chart chart;
    private final Figure figure;
    private Figure compared;
    private String comparedLabel;
    private boolean logX;
    private boolean logY;

    public FigureChart(Composite parent, Figure figure) {
        this.figure = figure;
        this.logX = figure.logX();
        this.logY = figure.logY();
        chart = new Chart(parent, SWT.NONE);
        chart.getTitle().setText(figure.title());
        IAxis x = chart.getAxisSet().getXAxis(0);
        IAxis y = chart.getAxisSet().getYAxis(0);
        x.getTitle().setText(figure.xLabel());
        y.getTitle().setText(figure.yLabel());
        x.getTick().setFormat(new SiFormat());
        y.getTick().setFormat(new SiFormat());
        ChartNavigation.install(chart);
        draw();
    }

    public Chart chart() {
        return chart;
    }

    public Figure figure() {
        return figure;
    }

    public boolean logX() {
        return logX;
    }

    public boolean logY() {
        return logY;
    }

    /** Switches the x axis between linear and logarithmic (only values above zero are drawn on a log axis). */
    public void setLogX(boolean on) {
        logX = on;
        draw();
    }

    public void setLogY(boolean on) {
        logY = on;
        draw();
    }

    /** Overlays {@code other} (the same figure of another run), labelled with {@code label}; null removes it. */
    public void compareWith(Figure other, String label) {
        compared = other;
        comparedLabel = label;
        draw();
    }

    /** Back to the whole of the data after zooming or panning. */
    public void resetZoom() {
        chart.getAxisSet().adjustRange();
        widenFlatAxes();
        chart.redraw();
    }

    /**
     * An axis whose data all have one value (a study whose result does not change along the swept
     * parameter) would be left at SWTChart's default range, with the data off-scale: it is centred
     * on the value instead, ± 5 %.
     */
    private void widenFlatAxes() {
        widenIfFlat(chart.getAxisSet().getXAxis(0), figure.series().stream().map(FigureSeries::x).toList(), logX);
        widenIfFlat(chart.getAxisSet().getYAxis(0), figure.series().stream().map(FigureSeries::y).toList(), logY);
    }

    private static void widenIfFlat(IAxis axis, java.util.List<double[]> values, boolean log) {
        double low = Double.POSITIVE_INFINITY;
        double high = Double.NEGATIVE_INFINITY;
        for (double[] vs : values) {
            for (double v : vs) {
                if (Double.isFinite(v) && (!log || v > 0)) {
                    low = Math.min(low, v);
                    high = Math.max(high, v);
                }
            }
        }
        if (low <= high && high - low <= 1e-12 * Math.max(Math.abs(high), Double.MIN_NORMAL)) {
            double pad = high == 0 ? 1 : 0.05 * Math.abs(high);
            axis.setRange(new Range(log ? high / 1.1 : high - pad, log ? high * 1.1 : high + pad));
        }
    }

    private static RGB rgb(int colour) {
        return new RGB((colour >> 16) & 0xFF, (colour >> 8) & 0xFF, colour & 0xFF);
    }

    private void draw() {
        for (var series : chart.getSeriesSet().getSeries()) {
            chart.getSeriesSet().deleteSeries(series.getId());
        }
        IAxis x = chart.getAxisSet().getXAxis(0);
        IAxis y = chart.getAxisSet().getYAxis(0);
        x.enableLogScale(false);
        y.enableLogScale(false);
        int index = 0;
        int data = 0;
        int coloured = 0;
        boolean repeatShown = false;
        for (FigureSeries s : figure.series()) {
            ILineSeries<?> line = add(s, s.label(), index++);
            if (s.role() == FigureSeries.Role.REPEAT) {
                line.setLineColor(JFaceResources.getResources().createColor(rgb(FigurePalette.REPEAT)));
                line.setLineWidth(1);
                line.setSymbolType(PlotSymbolType.NONE);
                line.setVisibleInLegend(!repeatShown);
                repeatShown = true;
                continue;
            }
            Color colour = JFaceResources.getResources().createColor(rgb(FigurePalette.series(coloured++)));
            line.setLineColor(colour);
            if (s.isModel()) {
                line.setLineStyle(LineStyle.DASH);
                line.setLineWidth(2);
                line.setSymbolType(PlotSymbolType.NONE);
            } else {
                line.setLineWidth(s.role() == FigureSeries.Role.SUMMARY ? 3 : 1);
                line.setSymbolType(s.showMarkers() ? SYMBOLS[data % SYMBOLS.length] : PlotSymbolType.NONE);
                line.setSymbolColor(colour);
                data++;
            }
        }
        if (compared != null) {
            Color grey = JFaceResources.getResources().createColor(COMPARED);
            for (FigureSeries s : compared.series()) {
                ILineSeries<?> line = add(s, s.label() + " (" + comparedLabel + ")", index++);
                line.setLineColor(grey);
                line.setLineStyle(LineStyle.DOT);
                line.setSymbolType(PlotSymbolType.NONE);
            }
        }
        chart.getLegend().setVisible(index > 1);
        chart.getLegend().setPosition(SWT.BOTTOM);
        chart.getAxisSet().adjustRange();
        widenFlatAxes();
        if (logX) {
            x.enableLogScale(true);
        }
        if (logY) {
            y.enableLogScale(true);
        }
        chart.redraw();
    }

    private ILineSeries<?> add(FigureSeries s, String label, int index) {
        ILineSeries<?> line = (ILineSeries<?>) chart.getSeriesSet().createSeries(SeriesType.LINE, label + "#" + index);
        line.setDescription(label);
        line.setXSeries(logX ? LogAxis.positive(s.x()) : s.x());
        line.setYSeries(logY ? LogAxis.positive(s.y()) : s.y());
        line.setAntialias(SWT.ON);
        return line;
    }
}
