package org.memdsl.runtime.output;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.memdsl.runtime.result.Figure;
import org.memdsl.runtime.result.FigureSeries;
import org.memdsl.runtime.result.FigureSeries.Role;
import org.memdsl.runtime.result.Raster;

/**
 * The figure files: ticks at round values with SI prefixes (no {@code 0.00000000012}, no ticks at
 * 1, 66, 131), decades on log axes, the vector twins SVG and PDF of every PNG, heat maps with their
 * axes named and the cells' numbers printed.
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

    /** Pure numbers (ratios, shares, contrasts) read plainly, with the digits that tell close ticks apart. */
    @Test
    void pureNumbersArePlain() {
        assertEquals("0.8", SiTicks.formatPlain(0.8000000000000002));
        assertEquals("0.9965", SiTicks.formatPlain(0.9965));
        assertEquals("250", SiTicks.formatPlain(250));
        assertEquals("120k", SiTicks.formatPlain(1.2e5), "large ratios keep their prefix");
        assertTrue(SiTicks.isPlain("contrast") && SiTicks.isPlain("share [1]") && SiTicks.isPlain("PPF index [%]")
                && SiTicks.isPlain("log10 conductance [log10(S)]"));
        assertFalse(SiTicks.isPlain("current [A]"));
    }

    /** Pulses 1…131, equally spaced: the ticks are round numbers, not every k-th pulse. */
    @Test
    void ticksSitAtRoundValues() {
        double[] pulse = new double[131];
        double[] epsc = new double[131];
        for (int k = 0; k < pulse.length; k++) {
            pulse[k] = k + 1;
            epsc[k] = 1e-7 + 1e-10 * k;
        }
        List<FigureFiles.AxisView> axes = FigureFiles.axes(new Figure("epsc", "EPSC", "pulse", "EPSC [A]", false,
                List.of(new FigureSeries("EPSC", pulse, epsc))));
        List<String> x = axes.get(0).tickLabels();
        assertTrue(x.size() >= 4, x.toString());
        for (String label : x) {
            assertEquals(0, Integer.parseInt(label) % 10, "round ticks: " + x);
        }
        assertEquals("pulse", axes.get(0).label());
        assertTrue(axes.get(1).tickLabels().stream().allMatch(l -> l.endsWith("n")), axes.get(1).toString());
    }

    @Test
    void logAxesTickAtDecadesAndStopNineDecadesBelowTheTop() {
        double[] voltage = { 0, 0.05, 0.1, 0.2, 0.1, 0.05, 0 };
        double[] current = { 1e-19, 1e-9, 3e-9, 1e-6, 2e-4, 1e-4, 1e-19 };
        List<FigureFiles.AxisView> axes = FigureFiles.axes(new Figure("iv", "I–V", "voltage [V]", "|current| [A]",
                true, List.of(new FigureSeries("|I|", voltage, current, Role.DATA, true))));
        FigureFiles.AxisView y = axes.get(1);
        assertTrue(y.log(), "log current axis");
        assertTrue(y.tickLabels().contains("1µ") && y.tickLabels().contains("1n"), y.tickLabels().toString());
        assertFalse(y.tickLabels().contains("100z") || y.tickLabels().stream().anyMatch(l -> l.contains("E-19")),
                "no axis down to 1e-19 A: " + y.tickLabels());
        assertFalse(axes.get(0).log());
    }

    /** Less than two powers of ten in the data: a log axis would have one label or none, so it is linear. */
    @Test
    void aNarrowLogRangeIsDrawnLinearWithLabels() {
        double[] loop = { 1, 2, 3, 4, 5 };
        double[] ratio = { 1.2e5, 1.1e5, 1.3e5, 1.25e5, 1.15e5 };
        FigureFiles.AxisView y = FigureFiles.axes(new Figure("on_off", "ON/OFF", "loop", "G_on/G_off", true,
                List.of(new FigureSeries("on/off", loop, ratio)))).get(1);
        assertFalse(y.log());
        assertTrue(y.tickLabels().size() >= 3, "the y axis has tick labels: " + y.tickLabels());
    }

    @Test
    void everyFigureIsWrittenAsPngSvgAndPdf(@TempDir Path dir) throws Exception {
        List<Path> files = FigureFiles.write(ppfLike(), dir);
        assertEquals(List.of(dir.resolve("ppf.png"), dir.resolve("ppf.svg"), dir.resolve("ppf.pdf")), files);
        byte[] png = Files.readAllBytes(files.get(0));
        assertEquals(0x89, png[0] & 0xFF);
        assertEquals('P', png[1]);
        String svg = Files.readString(files.get(1));
        assertTrue(svg.contains("<svg") && svg.contains("</svg>"), svg.substring(0, Math.min(300, svg.length())));
        assertFalse(svg.contains("<image"), "pure vector, no embedded bitmap");
        assertTrue(count(svg, "<path") + count(svg, "<ellipse") + count(svg, "<polyline") > 20);
        String pdf = new String(Files.readAllBytes(files.get(2)), java.nio.charset.StandardCharsets.ISO_8859_1);
        assertTrue(pdf.startsWith("%PDF-") && pdf.stripTrailing().endsWith("%%EOF"), "a complete PDF");
    }

    @Test
    void heatMapsNameTheirAxesAndPrintTheirCounts(@TempDir Path dir) throws Exception {
        double[] share = { 0.9, 0.1, 0.2, 0.8 };
        double[] counts = { 90, 10, 20, 80 };
        Raster confusion = new Raster("confusion", "Confusion", 2, 2, share, 0, 1, true)
                .labelled("predicted class", "true class", "share of the class's images", counts);
        List<FigureFiles.AxisView> axes = FigureFiles.axes(confusion);
        assertEquals("predicted class", axes.get(0).label());
        assertEquals("true class", axes.get(1).label());
        assertEquals(List.of("0", "1"), axes.get(0).tickLabels());
        FigureFiles.write(confusion, dir);
        String svg = Files.readString(dir.resolve("confusion.svg"));
        assertTrue(svg.contains(">90<") && svg.contains(">20<"), "counts printed in the cells");
        assertEquals("share of the class's images", axes.get(2).label(), "the colour bar says what colour means");
        assertTrue(axes.get(2).tickLabels().size() >= 3 && axes.get(2).tickLabels().size() <= 8,
                axes.get(2).tickLabels().toString());
    }

    private static int count(String text, String what) {
        int n = 0;
        for (int i = text.indexOf(what); i >= 0; i = text.indexOf(what, i + 1)) {
            n++;
        }
        return n;
    }
}
