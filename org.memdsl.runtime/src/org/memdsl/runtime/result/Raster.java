package org.memdsl.runtime.result;

/**
 * An image result (receptive fields, a confusion matrix): {@code values} row by row, {@code width ×
 * height}, drawn from {@code low} (black) to {@code high} (white) in grey, or as a heat map.
 * Headless runs write it as a PNG file; the workbench shows that file.
 */
public record Raster(String name, String title, int width, int height, double[] values, double low, double high,
        boolean heat) {

    public Raster {
        if (width < 1 || height < 1 || values.length != width * height) {
            throw new IllegalArgumentException("raster " + name + ": " + values.length + " values for " + width + "×"
                    + height);
        }
        if (!(high > low)) {
            throw new IllegalArgumentException("raster " + name + ": needs high > low");
        }
    }

    public double at(int x, int y) {
        return values[y * width + x];
    }
}
