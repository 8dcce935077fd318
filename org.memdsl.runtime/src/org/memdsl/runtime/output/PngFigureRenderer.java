package org.memdsl.runtime.output;

import java.io.IOException;
import java.nio.file.Path;

import org.knowm.xchart.BitmapEncoder;
import org.knowm.xchart.BitmapEncoder.BitmapFormat;
import org.memdsl.runtime.result.Figure;

/** Renders a {@link Figure} to PNG with XChart (headless AWT). */
public final class PngFigureRenderer {

    public static final int WIDTH = XChartFigures.WIDTH;
    public static final int HEIGHT = XChartFigures.HEIGHT;

    private PngFigureRenderer() {
    }

    public static byte[] render(Figure figure) throws IOException {
        return BitmapEncoder.getBitmapBytes(XChartFigures.chart(figure), BitmapFormat.PNG);
    }

    public static void write(Figure figure, Path file) throws IOException {
        byte[] png = render(figure);
        AtomicFiles.write(file, out -> out.write(png));
    }
}
