package org.memdsl.ui.results;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Listener;
import org.eclipse.swtchart.Chart;
import org.eclipse.swtchart.IAxis;
import org.eclipse.swtchart.Range;

/**
 * Zoom and pan of a chart with the mouse: the wheel zooms about the pointer (both axes; with Shift
 * only x, with Ctrl only y), dragging with the left button pans, a double click shows all the data.
 * Works on log axes as well, since positions go through the axes' own pixel ↔ data mapping.
 */
final class ChartNavigation implements Listener {

    private static final double WHEEL_STEP = 0.8;

    private final Chart chart;
    private int dragX;
    private int dragY;
    private boolean dragging;

    private ChartNavigation(Chart chart) {
        this.chart = chart;
    }

    static void install(Chart chart) {
        Control area = chart.getPlotArea().getControl();
        ChartNavigation navigation = new ChartNavigation(chart);
        for (int type : new int[] { SWT.MouseVerticalWheel, SWT.MouseDown, SWT.MouseMove, SWT.MouseUp,
            SWT.MouseDoubleClick }) {
            area.addListener(type, navigation);
        }
    }

    @Override
    public void handleEvent(Event e) {
        switch (e.type) {
            case SWT.MouseVerticalWheel -> zoom(e.x, e.y, e.count > 0 ? WHEEL_STEP : 1 / WHEEL_STEP,
                    (e.stateMask & SWT.CTRL) == 0, (e.stateMask & SWT.SHIFT) == 0);
            case SWT.MouseDown -> {
                if (e.button == 1) {
                    dragging = true;
                    dragX = e.x;
                    dragY = e.y;
                }
            }
            case SWT.MouseMove -> {
                if (dragging) {
                    pan(e.x - dragX, e.y - dragY);
                    dragX = e.x;
                    dragY = e.y;
                }
            }
            case SWT.MouseUp -> dragging = false;
            case SWT.MouseDoubleClick -> {
                chart.getAxisSet().adjustRange();
                chart.redraw();
            }
            default -> {
            }
        }
    }

    /** Scales the visible ranges by {@code factor} about the data point under pixel (px, py). */
    void zoom(int px, int py, double factor, boolean inX, boolean inY) {
        if (inX) {
            scale(chart.getAxisSet().getXAxis(0), px, factor);
        }
        if (inY) {
            scale(chart.getAxisSet().getYAxis(0), py, factor);
        }
        chart.redraw();
    }

    /** Moves the visible ranges so the data follow the pointer by (dx, dy) pixels. */
    void pan(int dx, int dy) {
        shift(chart.getAxisSet().getXAxis(0), dx);
        shift(chart.getAxisSet().getYAxis(0), dy);
        chart.redraw();
    }

    private static void scale(IAxis axis, int pixel, double factor) {
        Range range = axis.getRange();
        boolean log = axis.isLogScaleEnabled();
        double centre = transform(axis.getDataCoordinate(pixel), log);
        double lower = centre - (centre - transform(range.lower, log)) * factor;
        double upper = centre + (transform(range.upper, log) - centre) * factor;
        axis.setRange(new Range(inverse(lower, log), inverse(upper, log)));
    }

    private static void shift(IAxis axis, int pixels) {
        Range range = axis.getRange();
        boolean log = axis.isLogScaleEnabled();
        double moved = transform(axis.getDataCoordinate(0), log) - transform(axis.getDataCoordinate(pixels), log);
        axis.setRange(new Range(inverse(transform(range.lower, log) + moved, log),
                inverse(transform(range.upper, log) + moved, log)));
    }

    private static double transform(double value, boolean log) {
        return log ? Math.log10(value) : value;
    }

    private static double inverse(double value, boolean log) {
        return log ? Math.pow(10, value) : value;
    }
}
