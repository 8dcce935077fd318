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
        chart.redraw();
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
