package org.memdsl.runtime.output;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Shape;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import java.util.HashSet;
import java.util.Set;

import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.LogAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.NumberTickUnit;
import org.jfree.chart.axis.TickUnits;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.title.LegendTitle;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;
import org.memdsl.runtime.result.Figure;
import org.memdsl.runtime.result.FigureSeries;
import org.memdsl.runtime.result.FigureSeries.Role;
import org.memdsl.runtime.result.LogAxis.Floor;

/**
 * A {@link Figure} as a JFreeChart chart, the one drawing every file format (PNG, SVG, PDF) starts
 * from: ticks at round values (1, 2, 5 × 10ⁿ; decades on log axes) labelled with SI prefixes, data
 * in Okabe–Ito colours with a marker shape each, fits dashed, repeats thin grey under their bold
 * median, arrows along swept series.
 */
final class FigureCharts {

    static final int WIDTH = 800;
    static final int HEIGHT = 560;

    static final Font TITLE_FONT = new Font(Font.SANS_SERIF, Font.BOLD, 15);
    static final Font LABEL_FONT = new Font(Font.SANS_SERIF, Font.PLAIN, 13);
    static final Font TICK_FONT = new Font(Font.SANS_SERIF, Font.PLAIN, 11);
    static final Color GRID = new Color(0xDDDDDD);

    private static final BasicStroke LINE = new BasicStroke(1.5f);
    private static final BasicStroke BOLD = new BasicStroke(3f);
    private static final BasicStroke THIN = new BasicStroke(0.8f);
    private static final BasicStroke DASHED = new BasicStroke(2f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f,
            new float[] { 7f, 4f }, 0f);

    /** Ticks of a log axis every 1, 2, 3, 5, 10… decades; with one decade, minor ticks at 2…9 × 10ⁿ. */
    private static final TickUnits DECADES = new TickUnits();

    static {
        for (int decades : new int[] { 1, 2, 3, 5, 10, 20, 50 }) {
            DECADES.add(new NumberTickUnit(decades, new java.text.DecimalFormat("0"), decades == 1 ? 9 : 0));
        }
    }

    private FigureCharts() {
    }

    static JFreeChart chart(Figure figure) {
        System.setProperty("java.awt.headless", "true");
        XYSeriesCollection data = new XYSeriesCollection();
        XYLineAndShapeRenderer renderer = new XYLineAndShapeRenderer(true, true);
        // One path per series: a 22 000-sample trace is one drawing command, not 22 000 (SVG/PDF in ms, not 30 s).
        renderer.setDrawSeriesLineAsPath(true);
        Floor xFloor = figure.logX() ? org.memdsl.runtime.result.LogAxis.floor(figure.series(), true) : null;
        Floor yFloor = figure.logY() ? org.memdsl.runtime.result.LogAxis.floor(figure.series(), false) : null;
        Set<String> keys = new HashSet<>();
        int coloured = 0;
        boolean repeatInLegend = false;
        int index = 0;
        for (FigureSeries s : figure.series()) {
            double[] x = xFloor == null ? s.x() : xFloor.hide(s.x());
            double[] y = yFloor == null ? s.y() : yFloor.hide(s.y());
            String key = s.label();
            for (int n = 2; !keys.add(key); n++) {
                key = s.label() + " (" + n + ")";
            }
            XYSeries series = new XYSeries(key, false, true);
            for (int k = 0; k < x.length; k++) {
                if (Double.isFinite(x[k])) {
                    series.add(x[k], Double.isFinite(y[k]) ? y[k] : Double.NaN, false);
                }
            }
            data.addSeries(series);
            Color colour = s.role() == Role.REPEAT ? new Color(FigurePalette.REPEAT)
                    : new Color(FigurePalette.series(coloured++));
            renderer.setSeriesPaint(index, colour);
            renderer.setSeriesShapesVisible(index, s.showMarkers());
            renderer.setSeriesShape(index, marker(coloured - 1));
            renderer.setSeriesStroke(index, switch (s.role()) {
                case FIT -> DASHED;
                case REPEAT -> THIN;
                case SUMMARY -> BOLD;
                case DATA -> LINE;
            });
            if (s.role() == Role.REPEAT) {
                renderer.setSeriesVisibleInLegend(index, !repeatInLegend);
                repeatInLegend = true;
            }
            if (s.directional()) {
                renderer.addAnnotation(new DirectionArrows(x, y, colour.darker()));
            }
            index++;
        }
        Extent xExtent = Extent.of(data, true);
        Extent yExtent = Extent.of(data, false);
        ValueAxis xAxis = axis(figure.xLabel(), figure.logX() && xExtent.spansDecades(), xFloor);
        ValueAxis yAxis = axis(figure.yLabel(), figure.logY() && yExtent.spansDecades(), yFloor);
        xAxis.setAutoRangeMinimumSize(xExtent.minimumRange());
        if (xAxis instanceof NumberAxis number && xExtent.whole()) {
            number.setStandardTickUnits(NumberAxis.createIntegerTickUnits());
        }
        yAxis.setAutoRangeMinimumSize(yExtent.minimumRange());
        XYPlot plot = new XYPlot(data, xAxis, yAxis, renderer);
        style(plot);
        JFreeChart chart = new JFreeChart(figure.title(), TITLE_FONT, plot, visibleInLegend(figure) > 1);
        chart.setBackgroundPaint(Color.WHITE);
        LegendTitle legend = chart.getLegend();
        if (legend != null) {
            legend.setPosition(RectangleEdge.BOTTOM);
            legend.setItemFont(LABEL_FONT);
        }
        return chart;
    }

    /**
     * The finite values of one coordinate of the plotted series, read in one pass: their range, the
     * range of the positive ones, and whether all are whole numbers.
     */
    private record Extent(double low, double high, double smallestPositive, double largestPositive,
            boolean whole) {

        static Extent of(XYSeriesCollection data, boolean x) {
            double low = Double.POSITIVE_INFINITY;
            double high = Double.NEGATIVE_INFINITY;
            double smallestPositive = Double.MAX_VALUE;
            double largestPositive = 0;
            boolean whole = data.getSeriesCount() > 0;
            for (int s = 0; s < data.getSeriesCount(); s++) {
                XYSeries series = data.getSeries(s);
                for (int k = 0; k < series.getItemCount(); k++) {
                    double v = x ? series.getX(k).doubleValue() : series.getY(k).doubleValue();
                    if (!Double.isFinite(v)) {
                        continue;
                    }
                    low = Math.min(low, v);
                    high = Math.max(high, v);
                    whole &= v == Math.rint(v);
                    if (v > 0) {
                        smallestPositive = Math.min(smallestPositive, v);
                        largestPositive = Math.max(largestPositive, v);
                    }
                }
            }
            return new Extent(low, high, smallestPositive, largestPositive, whole);
        }

        /**
         * Whether at least two powers of ten lie among the positive values: a log axis over less would
         * have one labelled tick or none, so such an axis is drawn linear, where it looks much the same.
         */
        boolean spansDecades() {
            return largestPositive > 0 && Math.floor(Math.log10(largestPositive) + 1e-9)
                    - Math.ceil(Math.log10(smallestPositive) - 1e-9) >= 1;
        }

        /**
         * The narrowest range the axis may show: a millionth of the largest magnitude (JFreeChart's own
         * floor, 1e-8, would flatten a current that varies by picoamperes); for data of a single value
         * (one loop, one pulse) twice that value, so the axis spans 0 to twice it and has ticks to read.
         */
        double minimumRange() {
            double largest = low > high ? 0 : Math.max(Math.abs(low), Math.abs(high));
            if (largest == 0) {
                return 1;
            }
            return low == high ? 2 * largest : Math.max(largest * 1e-6, Double.MIN_NORMAL);
        }
    }

    private static long visibleInLegend(Figure figure) {
        long repeats = figure.series().stream().filter(s -> s.role() == Role.REPEAT).count();
        return figure.series().size() - repeats + Math.min(1, repeats);
    }

    static ValueAxis axis(String label, boolean log, Floor floor) {
        ValueAxis axis;
        if (log) {
            LogAxis logAxis = new LogAxis(label);
            logAxis.setBase(10);
            logAxis.setStandardTickUnits(DECADES);
            logAxis.setNumberFormatOverride(new SiNumberFormat(label));
            logAxis.setSmallestValue(floor == null ? Double.MIN_NORMAL : floor.value());
            logAxis.setMinorTickMarksVisible(true);
            axis = logAxis;
        } else {
            NumberAxis numberAxis = new RoundNumberAxis(label);
            numberAxis.setAutoRangeIncludesZero(false);
            numberAxis.setNumberFormatOverride(new SiNumberFormat(label));
            axis = numberAxis;
        }
        axis.setLabelFont(LABEL_FONT);
        axis.setTickLabelFont(TICK_FONT);
        return axis;
    }

    static void style(XYPlot plot) {
        plot.setBackgroundPaint(Color.WHITE);
        plot.setDomainGridlinePaint(GRID);
        plot.setRangeGridlinePaint(GRID);
        plot.setDomainGridlineStroke(new BasicStroke(0.6f));
        plot.setRangeGridlineStroke(new BasicStroke(0.6f));
        plot.setOutlinePaint(Color.GRAY);
    }

    /** Circle, square, diamond, triangle up, triangle down, in turn. */
    private static Shape marker(int index) {
        double r = 3.5;
        return switch (Math.floorMod(index, 5)) {
            case 0 -> new Ellipse2D.Double(-r, -r, 2 * r, 2 * r);
            case 1 -> new Rectangle2D.Double(-r, -r, 2 * r, 2 * r);
            case 2 -> polygon(0, -r * 1.3, r * 1.3, 0, 0, r * 1.3, -r * 1.3, 0);
            case 3 -> polygon(0, -r * 1.2, r * 1.2, r, -r * 1.2, r);
            default -> polygon(0, r * 1.2, r * 1.2, -r, -r * 1.2, -r);
        };
    }

    private static Shape polygon(double... xy) {
        Path2D.Double path = new Path2D.Double();
        path.moveTo(xy[0], xy[1]);
        for (int i = 2; i < xy.length; i += 2) {
            path.lineTo(xy[i], xy[i + 1]);
        }
        path.closePath();
        return path;
    }
}
