package org.memdsl.runtime.array;

import java.util.List;

/**
 * A pattern to write into or shine onto an array: {@code rows × columns} levels in {@code [0, 1]},
 * row by row (1: a written or lit pixel, 0: background). A crossbar writes the pixels at or above
 * one half; a photo array lights each pixel at its level of the irradiance.
 */
public record Pattern(String name, int rows, int columns, double[] levels) {

    public Pattern {
        if (rows < 1 || columns < 1 || levels.length != rows * columns) {
            throw new IllegalArgumentException("pattern " + name + ": " + levels.length + " levels for " + rows + "×"
                    + columns);
        }
        for (double level : levels) {
            if (!(level >= 0 && level <= 1)) {
                throw new IllegalArgumentException("pattern " + name + ": level " + level + " outside [0, 1]");
            }
        }
        levels = levels.clone();
    }

    /**
     * A bitmap written as text, one string per row: {@code #} or {@code 1} a pixel that is on,
     * {@code .} or {@code 0} one that is off, a digit {@code 2…8} the level {@code d/9}.
     *
     * @throws IllegalArgumentException naming the row and column of a character that is none of these,
     *         or a row of another length than the first
     */
    public static Pattern ofRows(String name, List<String> text) {
        if (text.isEmpty()) {
            throw new IllegalArgumentException("pattern " + name + " has no rows");
        }
        int columns = text.get(0).length();
        double[] levels = new double[text.size() * columns];
        for (int r = 0; r < text.size(); r++) {
            String row = text.get(r);
            if (row.length() != columns) {
                throw new IllegalArgumentException("pattern " + name + ": row " + (r + 1) + " has " + row.length()
                        + " pixels, the first row " + columns);
            }
            for (int c = 0; c < columns; c++) {
                levels[r * columns + c] = level(name, row.charAt(c), r, c);
            }
        }
        return new Pattern(name, text.size(), columns, levels);
    }

    private static double level(String name, char pixel, int row, int column) {
        return switch (pixel) {
            case '#', '1' -> 1.0;
            case '.', '0' -> 0.0;
            case '2', '3', '4', '5', '6', '7', '8' -> (pixel - '0') / 9.0;
            default -> throw new IllegalArgumentException("pattern " + name + ": '" + pixel + "' at row " + (row + 1)
                    + ", column " + (column + 1) + " is not a pixel (# or 1 on, . or 0 off, 2…8 a level)");
        };
    }

    public boolean on(int row, int column) {
        return levels[row * columns + column] >= 0.5;
    }

    public double level(int row, int column) {
        return levels[row * columns + column];
    }

    /** How many pixels are on. */
    public int count() {
        int n = 0;
        for (double level : levels) {
            n += level >= 0.5 ? 1 : 0;
        }
        return n;
    }
}
