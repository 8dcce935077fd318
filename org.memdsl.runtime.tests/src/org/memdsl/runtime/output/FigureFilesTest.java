package org.memdsl.runtime.output;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.style.markers.SeriesMarkers;
import org.memdsl.runtime.result.Figure;
import org.memdsl.runtime.result.FigureSeries;

/**
 * The figure files: tick labels with SI prefixes (no {@code 0.00000000012}), fits dashed without
 * markers, measured series with distinct markers, and a vector SVG twin of the PNG.
 */
class FigureFilesTest {

    private static Figure ppfLike() {
        double[] interval = { 0.001, 0.002, 0.005, 0.01, 0.02, 0.04 };
        double[] current = { 1.2e-10, 1.0e-10, 0.8e-10, 0.6e-10, 0.45e-10, 0.4e-10 };
        double[] fit = { 1.19e-10, 1.01e-10, 0.79e-10, 0.61e-10, 0.46e-10, 0.39e-10 };
        return new Figure("ppf", "Paired pulses", "interval [s]", "current [A]", false,
                List.of(new FigureSeries("second pulse", interval, current),
                        new FigureSeries("first pulse", interval, current.clone()),
                        new FigureSeries("two-exponential fit", interval, fit)));
    }

    @Test
    void siTicksReadAsAResearcherWritesThem() {
        assertEquals("120p", SiTicks.format(1.2e-10));
        assertEquals("45.6m", SiTicks.format(0.0456));
        assertEquals("3k", SiTicks.format(3000.0099999999998));
        assertEquals("2.5k", SiTicks.format(2499.9999999999995));
        assertEquals("1k", SiTicks.format(999.7));
        assertEquals("-5µ", SiTicks.format(-5e-6));
        assertEquals("0", SiTicks.format(0));
        assertEquals("131", SiTicks.format(131));
    }

    @Test
    void fitsAreDashedAndMeasuredSeriesHaveTheirOwnMarkers() {
        XYChart chart = XChartFigures.chart(ppfLike());
        List<XYSeries> series = new ArrayList<>(chart.getSeriesMap().values());
        assertEquals(SeriesMarkers.CIRCLE, series.get(0).getMarker());
        assertEquals(SeriesMarkers.SQUARE, series.get(1).getMarker());
        assertEquals(SeriesMarkers.NONE, series.get(2).getMarker());
        assertTrue(series.get(2).getLineStyle().getDashArray() != null, "the fit is dashed");
        assertEquals("120p", chart.getStyler().getyAxisTickLabelsFormattingFunction().apply(1.2e-10));
    }

    /** XChart draws text as glyph outlines, so the SVG is pure vector: paths, lines and the markers. */
    @Test
    void svgIsAVectorTwinOfTheFigure(@TempDir Path dir) throws Exception {
        Path svg = dir.resolve("ppf.svg");
        SvgFigureRenderer.write(ppfLike(), svg);
        String text = Files.readString(svg);
        assertTrue(text.contains("<svg") && text.contains("viewBox=\"0 0 800 560\"") && text.contains("</svg>"),
                text.substring(0, Math.min(300, text.length())));
        assertFalse(text.contains("<image"), "no embedded bitmap");
        assertEquals(6 + 1, count(text, "<ellipse"), "a circle per point of the first series, and its legend key");
        assertTrue(count(text, "<path") > 20, "axes, tick labels and title drawn as vector paths");
    }

    private static int count(String text, String what) {
        int n = 0;
        for (int i = text.indexOf(what); i >= 0; i = text.indexOf(what, i + 1)) {
            n++;
        }
        return n;
    }
}
