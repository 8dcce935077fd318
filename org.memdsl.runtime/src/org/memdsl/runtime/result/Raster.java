package org.memdsl.runtime.result;

/**
 * An image result (receptive fields, a confusion matrix, a crossbar's read map): {@code values} row
 * by row, {@code width × height}, drawn from {@code low} (black) to {@code high} (white) in grey, or
 * as a heat map with a colour bar. A heat map names its axes and what its colour means, and may
 * print a number in each cell ({@code cellText}: the counts of a confusion matrix).
 *
 * @param cellText the number printed in each cell, row by row, or null for none
 */
public record Raster(String name, String title, int width, int height, double[] values, double low, double high,
        boolean heat, String xLabel, String yLabel, String valueLabel, double[] cellText) {

    /** Above this many cells, numbers in the cells would not be legible. */
    public static final int MAX_LABELLED_CELLS = 400;

    public Raster {
        if (width < 1 || height < 1 || values.length != width * height) {
            throw new IllegalArgumentException("raster " + name + ": " + values.length + " values for " + width + "×"
                    + height);
        }
        if (!(high > low)) {
            throw new IllegalArgumentException("raster " + name + ": needs high > low");
        }
        if (cellText != null && cellText.length != values.length) {
            throw new IllegalArgumentException("raster " + name + ": " + cellText.length + " cell numbers for "
                    + values.length + " cells");
        }
    }

    /** An image or heat map with column and row axes and a colour bar of the values, no numbers in the cells. */
    public Raster(String name, String title, int width, int height, double[] values, double low, double high,
            boolean heat) {
        this(name, title, width, height, values, low, high, heat, "column", "row", "value", null);
    }

    /** The same raster with named axes and colour bar, and numbers in the cells (null for none). */
    public Raster labelled(String x, String y, String value, double[] text) {
        return new Raster(name, title, width, height, values, low, high, heat, x, y, value,
                text != null && text.length <= MAX_LABELLED_CELLS ? text : null);
    }

    public double at(int x, int y) {
        return values[y * width + x];
    }
}
