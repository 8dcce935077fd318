package org.memdsl.runtime.output;

/**
 * The colours of every figure, files and workbench alike: Okabe and Ito's palette, told apart by
 * readers with any colour vision (blue, vermillion, green, purple, orange, sky blue, black), as
 * 0xRRGGBB; repeats are drawn in {@link #REPEAT} grey.
 */
public final class FigurePalette {

    public static final int[] SERIES = { 0x0072B2, 0xD55E00, 0x009E73, 0xCC79A7, 0xE69F00, 0x56B4E9, 0x000000 };

    public static final int REPEAT = 0xA0A0A0;

    private FigurePalette() {
    }

    /** The colour of the {@code index}-th coloured series (from 0), cycling through the palette. */
    public static int series(int index) {
        return SERIES[Math.floorMod(index, SERIES.length)];
    }
}
