package org.memdsl.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The run report opens in a browser: {@code report.html} of the paired-pulse example, rendered by
 * headless Chromium into {@code target/screenshots/report.png}, shows its figures (the embedded
 * PNGs draw the data in the figures' blue) on a page that needs no other file. {@code .ci/run}
 * installs Debian's Chromium and sets {@code MEMDSL_REQUIRE_BROWSER}, so there the test cannot skip.
 */
class ReportBrowserTest {

    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");

    @Test
    void reportOpensInChromiumWithItsFigures(@TempDir Path out) throws Exception {
        Cli.Result r = Cli.execute("run", "../../examples/paired-pulses.mem", "--out", out.toString(), "--no-progress");
        assertEquals(0, r.exit(), r.err());
        Path report = out.resolve("report.html");
        String html = Files.readString(report);
        assertTrue(html.contains("src=\"data:image/png;base64,"), "figures embedded");
        assertFalse(html.contains("src=\"http") || html.contains("src=\"file:"), "no file outside the page");
        assertTrue(html.contains("<td>fit_r_squared</td>"), "the measurements' results in the report");

        boolean required = System.getenv("MEMDSL_REQUIRE_BROWSER") != null;
        Assumptions.assumeTrue(required || Files.isExecutable(CHROMIUM), "Chromium is not installed");
        Path screenshots = Files.createDirectories(Path.of("target/screenshots"));
        Path png = screenshots.resolve("report.png");
        Files.deleteIfExists(png);
        Process chromium = new ProcessBuilder(List.of(CHROMIUM.toString(), "--headless", "--no-sandbox",
                "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--hide-scrollbars",
                "--user-data-dir=" + out.resolve("chromium-profile"), "--window-size=1200,2400",
                "--screenshot=" + png.toAbsolutePath(), report.toUri().toString()))
                .redirectErrorStream(true).redirectOutput(out.resolve("chromium.log").toFile()).start();
        assertTrue(chromium.waitFor(120, TimeUnit.SECONDS), "Chromium rendered the page within two minutes");
        assertTrue(Files.isRegularFile(png), "screenshot written; Chromium said: "
                + Files.readString(out.resolve("chromium.log")));
        BufferedImage shot = ImageIO.read(png.toFile());
        assertEquals(1200, shot.getWidth());
        int blue = 0;
        int ink = 0;
        for (int y = 0; y < shot.getHeight(); y += 2) {
            for (int x = 0; x < shot.getWidth(); x += 2) {
                int rgb = shot.getRGB(x, y) & 0xFFFFFF;
                if (rgb != 0xFFFFFF) {
                    ink++;
                }
                if (near(rgb, 0x0072B2)) {
                    blue++;
                }
            }
        }
        assertTrue(ink > 5000, "the page is drawn, not blank: " + ink + " inked samples");
        assertTrue(blue > 50, "the embedded figures are drawn (their data in Okabe–Ito blue): " + blue);
    }

    private static boolean near(int rgb, int target) {
        int dr = ((rgb >> 16) & 0xFF) - ((target >> 16) & 0xFF);
        int dg = ((rgb >> 8) & 0xFF) - ((target >> 8) & 0xFF);
        int db = (rgb & 0xFF) - (target & 0xFF);
        return dr * dr + dg * dg + db * db < 40 * 40;
    }
}
