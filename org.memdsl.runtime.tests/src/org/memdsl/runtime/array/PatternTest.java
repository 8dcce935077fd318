package org.memdsl.runtime.array;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Patterns from text rows and image files: the levels are the characters' (or the pixels')
 * values exactly, and what cannot be a pattern is refused naming the row and column, or the file.
 */
class PatternTest {

    @Test
    void rowsGiveLevelsAndTheWrittenPixels() {
        Pattern p = Pattern.ofRows("p", List.of("#.1", "0.4"));
        assertEquals(2, p.rows());
        assertEquals(3, p.columns());
        assertArrayEquals(new double[] { 1, 0, 1, 0, 0, 4 / 9.0 }, p.levels(), 0.0);
        assertTrue(p.on(0, 2));
        assertTrue(!p.on(1, 2), "a level below one half is not written");
        assertEquals(2, p.count());
    }

    @Test
    void badRowsAreNamedByRowAndColumn() {
        IllegalArgumentException pixel = assertThrows(IllegalArgumentException.class,
                () -> Pattern.ofRows("p", List.of("#.", ".x")));
        assertEquals("pattern p: 'x' at row 2, column 2 is not a pixel (# or 1 on, . or 0 off, 2…8 a level)",
                pixel.getMessage());
        IllegalArgumentException ragged = assertThrows(IllegalArgumentException.class,
                () -> Pattern.ofRows("p", List.of("#.", "#")));
        assertEquals("pattern p: row 2 has 1 pixels, the first row 2", ragged.getMessage());
    }

    @Test
    void plainAndBinaryGreyMapsReadTheSameLevels(@TempDir Path dir) throws Exception {
        Path plain = Files.writeString(dir.resolve("a.pgm"), "P2\n# a comment\n3 2\n255\n0 255 51\n102 153 204\n");
        byte[] header = "P5\n3 2\n255\n".getBytes(StandardCharsets.US_ASCII);
        byte[] pixels = { 0, (byte) 255, 51, 102, (byte) 153, (byte) 204 };
        byte[] binary = new byte[header.length + pixels.length];
        System.arraycopy(header, 0, binary, 0, header.length);
        System.arraycopy(pixels, 0, binary, header.length, pixels.length);
        Path raw = Files.write(dir.resolve("b.pgm"), binary);
        double[] expected = { 0, 1, 0.2, 0.4, 0.6, 0.8 };
        assertArrayEquals(expected, PatternImages.read("a", plain, false).levels(), 1e-15);
        assertArrayEquals(expected, PatternImages.read("b", raw, false).levels(), 1e-15);
        assertArrayEquals(new double[] { 1, 0, 0.8, 0.6, 0.4, 0.2 }, PatternImages.read("a", plain, true).levels(),
                1e-15);
    }

    @Test
    void pngBrightnessIsTheLevel(@TempDir Path dir) throws Exception {
        BufferedImage image = new BufferedImage(2, 1, BufferedImage.TYPE_INT_RGB);
        image.setRGB(0, 0, 0xffffff);
        image.setRGB(1, 0, 0x000000);
        Path png = dir.resolve("w.png");
        ImageIO.write(image, "png", png.toFile());
        Pattern p = PatternImages.read("w", png, false);
        assertEquals(1, p.rows());
        assertArrayEquals(new double[] { 1, 0 }, p.levels(), 1e-12);
    }

    @Test
    void whatIsNoImageIsRefusedWithTheFile(@TempDir Path dir) throws Exception {
        Path text = Files.writeString(dir.resolve("notes.png"), "not an image");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> PatternImages.read("n", text, false));
        assertTrue(e.getMessage().startsWith(text.toString()), e.getMessage());
        Path truncated = Files.writeString(dir.resolve("t.pgm"), "P2\n3 2\n255\n0 1\n");
        IllegalArgumentException t = assertThrows(IllegalArgumentException.class,
                () -> PatternImages.read("t", truncated, false));
        assertEquals(truncated + ": ends inside its PGM data", t.getMessage());
    }
}
