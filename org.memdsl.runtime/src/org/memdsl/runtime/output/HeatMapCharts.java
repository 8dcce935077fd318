package org.memdsl.runtime.output;

import java.awt.Color;
import java.awt.Font;
import java.awt.Paint;

import org.jfree.chart.JFreeChart;
import org.jfree.chart.annotations.XYTextAnnotation;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.NumberTickUnit;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.PaintScale;
import org.jfree.chart.renderer.xy.XYBlockRenderer;
import org.jfree.chart.title.PaintScaleLegend;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.data.xy.DefaultXYZDataset;
import org.memdsl.runtime.result.Raster;

/**
 * A {@link Raster} as a JFreeChart plot of its cells ({@link RasterImage}): row 0 at the top,
 * integer ticks on the column and row axes, a colour bar labelled with what the colour means, and
 * the cells' numbers printed in them where the raster has them (a confusion matrix's counts).
 */
final class HeatMapCharts {

    private static final Font CELL_FONT = new Font(Font.SANS_SERIF, Font.PLAIN, 11);

    private HeatMapCharts() {
    }

    static JFreeChart chart(Raster raster) {
        System.setProperty("java.awt.headless", "true");
        int n = raster.width() * raster.height();
        Scale scale = new Scale(raster.low(), raster.high(), raster.heat());
        NumberAxis x = axis(raster.xLabel(), raster.width());
        NumberAxis y = axis(raster.yLabel(), raster.height());
        y.setInverted(true);
        XYPlot plot = new XYPlot(new DefaultXYZDataset(), x, y, new XYBlockRenderer());
        FigureCharts.style(plot);
        plot.setDomainGridlinesVisible(false);
        plot.setRangeGridlinesVisible(false);
        plot.addAnnotation(new RasterImage(raster, scale));
        if (raster.cellText() != null) {
            for (int k = 0; k < n; k++) {
                double v = raster.cellText()[k];
                XYTextAnnotation text = new XYTextAnnotation(SiTicks.format(v), k % raster.width(),
                        k / raster.width());
                text.setFont(CELL_FONT);
                text.setPaint(scale.dark(raster.values()[k]) ? Color.WHITE : Color.BLACK);
                plot.addAnnotation(text);
            }
        }
        JFreeChart chart = new JFreeChart(raster.title(), FigureCharts.TITLE_FONT, plot, false);
        chart.setBackgroundPaint(Color.WHITE);
        NumberAxis barAxis = new NumberAxis(raster.valueLabel());
        barAxis.setLabelFont(FigureCharts.LABEL_FONT);
        barAxis.setTickLabelFont(FigureCharts.TICK_FONT);
        barAxis.setNumberFormatOverride(new SiNumberFormat(raster.valueLabel()));
        barAxis.setRange(raster.low(), raster.high());
        barAxis.setTickUnit((NumberTickUnit) NumberAxis.createStandardTickUnits()
                .getCeilingTickUnit((raster.high() - raster.low()) / 5));
        PaintScaleLegend bar = new PaintScaleLegend(scale, barAxis);
        bar.setPosition(RectangleEdge.RIGHT);
        bar.setMargin(new RectangleInsets(8, 8, 8, 8));
        bar.setStripWidth(14);
        bar.setSubdivisionCount(128);
        chart.addSubtitle(bar);
        return chart;
    }

    private static NumberAxis axis(String label, int cells) {
        NumberAxis axis = new NumberAxis(label);
        axis.setStandardTickUnits(NumberAxis.createIntegerTickUnits());
        axis.setRange(-0.5, cells - 0.5);
        axis.setLabelFont(FigureCharts.LABEL_FONT);
        axis.setTickLabelFont(FigureCharts.TICK_FONT);
        return axis;
    }

    /** Grey from black to white, or heat from white through orange to dark red. */
    private record Scale(double low, double high, boolean heat) implements PaintScale {

        @Override
        public double getLowerBound() {
            return low;
        }

        @Override
        public double getUpperBound() {
            return high;
        }

        double fraction(double value) {
            double f = (value - low) / (high - low);
            return Double.isNaN(f) ? 0 : Math.max(0, Math.min(1, f));
        }

        boolean dark(double value) {
            double f = fraction(value);
            return heat ? f > 0.6 : f < 0.5;
        }

        @Override
        public Paint getPaint(double value) {
            double f = fraction(value);
            if (!heat) {
                int v = (int) Math.round(255 * f);
                return new Color(v, v, v);
            }
            float r = (float) (1 - 0.45 * Math.max(0, f - 0.5) * 2);
            float g = (float) (1 - f);
            float b = (float) Math.max(0, 1 - 2 * f);
            return new Color(r, g, b);
        }
    }
}
