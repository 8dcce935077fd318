package org.memdsl.runtime.output;

import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Path;

import javax.imageio.ImageIO;

import org.memdsl.runtime.result.Raster;

/** Writes a {@link Raster} as a PNG: every value a square of pixels, the title above. */
public final class PngRasterWriter {

    /** Side of the image the raster is scaled up to, at most. */
    private static final int TARGET = 720;
    private static final int TITLE_HEIGHT = 28;

    private PngRasterWriter() {
    }

    public static byte[] render(Raster raster) throws IOException {
        System.setProperty("java.awt.headless", "true");
        int scale = Math.max(1, TARGET / Math.max(raster.width(), raster.height()));
        int width = Math.max(raster.width() * scale, 320);
        BufferedImage image = new BufferedImage(width, raster.height() * scale + TITLE_HEIGHT,
                BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, image.getWidth(), image.getHeight());
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setColor(Color.BLACK);
        g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 14));
        g.drawString(raster.title(), 6, 19);
        for (int y = 0; y < raster.height(); y++) {
            for (int x = 0; x < raster.width(); x++) {
                double f = (raster.at(x, y) - raster.low()) / (raster.high() - raster.low());
                g.setColor(colour(Double.isNaN(f) ? 0 : Math.max(0, Math.min(1, f)), raster.heat()));
                g.fillRect(x * scale, TITLE_HEIGHT + y * scale, scale, scale);
            }
        }
        g.dispose();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, "png", out);
        return out.toByteArray();
    }

    /** Grey from black to white, or a heat scale white → orange → dark red. */
    private static Color colour(double f, boolean heat) {
        if (!heat) {
            int v = (int) Math.round(255 * f);
            return new Color(v, v, v);
        }
        float r = (float) (1 - 0.45 * Math.max(0, f - 0.5) * 2);
        float gr = (float) (1 - f);
        float b = (float) Math.max(0, 1 - 2 * f);
        return new Color(r, gr, b);
    }

    public static void write(Raster raster, Path file) throws IOException {
        byte[] png = render(raster);
        AtomicFiles.write(file, out -> out.write(png));
    }
}
