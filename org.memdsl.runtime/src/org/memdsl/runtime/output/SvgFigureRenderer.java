package org.memdsl.runtime.output;

import java.io.IOException;
import java.nio.file.Path;

import org.knowm.xchart.VectorGraphicsEncoder;
import org.knowm.xchart.VectorGraphicsEncoder.VectorGraphicsFormat;
import org.memdsl.runtime.result.Figure;

/**
 * Renders a {@link Figure} as a vector SVG with XChart's encoder (VectorGraphics2D), drawn as the
 * PNG twin is, for papers that want vector figures.
 */
public final class SvgFigureRenderer {

    private SvgFigureRenderer() {
    }

    public static void write(Figure figure, Path file) throws IOException {
        AtomicFiles.write(file, out -> VectorGraphicsEncoder.saveVectorGraphic(XChartFigures.chart(figure), out,
                VectorGraphicsFormat.SVG));
    }
}
