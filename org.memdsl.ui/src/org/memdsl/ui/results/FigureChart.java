package org.memdsl.ui.results;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swtchart.Chart;
import org.eclipse.swtchart.IAxis;
import org.eclipse.swtchart.ILineSeries;
import org.eclipse.swtchart.ILineSeries.PlotSymbolType;
import org.eclipse.swtchart.ISeries.SeriesType;
import org.memdsl.runtime.result.Figure;
import org.memdsl.runtime.result.FigureSeries;
import org.memdsl.runtime.result.LogAxis;

/**
 * Draws a {@link Figure} as a live SWTChart widget: the interactive twin of the PNG the runner
 * writes with XChart, from the same plot description.
 */
final class FigureChart {

    private FigureChart() {
    }

    static Chart create(Composite parent, Figure figure) {
        Chart chart = new Chart(parent, SWT.NONE);
        chart.getTitle().setText(figure.title());
        IAxis x = chart.getAxisSet().getXAxis(0);
        IAxis y = chart.getAxisSet().getYAxis(0);
        x.getTitle().setText(figure.xLabel());
        y.getTitle().setText(figure.yLabel());
        chart.getLegend().setVisible(figure.series().size() > 1);
        int index = 0;
        for (FigureSeries s : figure.series()) {
            ILineSeries<?> line = (ILineSeries<?>) chart.getSeriesSet().createSeries(SeriesType.LINE,
                    s.label() + "#" + index++);
            line.setDescription(s.label());
            line.setXSeries(figure.logX() ? LogAxis.positive(s.x()) : s.x());
            line.setYSeries(figure.logY() ? LogAxis.positive(s.y()) : s.y());
            line.setSymbolType(s.showMarkers() ? PlotSymbolType.CIRCLE : PlotSymbolType.NONE);
            line.setAntialias(SWT.ON);
        }
        chart.getAxisSet().adjustRange();
        if (figure.logY()) {
            y.enableLogScale(true);
        }
        if (figure.logX()) {
            x.enableLogScale(true);
        }
        return chart;
    }
}
