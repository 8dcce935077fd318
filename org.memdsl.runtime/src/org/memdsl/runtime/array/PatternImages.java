package org.memdsl.runtime.array;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import javax.imageio.ImageIO;

/**
 * Reads a pattern from an image file: PNG (and the other formats of {@link ImageIO}) or PGM
 * (portable grey map, plain {@code P2} or binary {@code P5}). A pixel's level is its brightness in
 * {@code [0, 1]}, or one minus it for dark ink on white ({@code invert}).
 */
public final class PatternImages {

    /** Largest side accepted: an image beyond it is not an array pattern. */
    public static final int MAX_SIDE = 4096;

    private PatternImages() {
    }

    /** @throws IllegalArgumentException naming the file when it cannot be read as an image */
    public static Pattern read(String name, Path file, boolean invert) {
        try {
            Pattern p = file.getFileName().toString().toLowerCase().endsWith(".pgm") ? pgm(name, file) : image(name,
                    file);
            if (!invert) {
                return p;
            }
            double[] levels = p.levels();
            for (int k = 0; k < levels.length; k++) {
                levels[k] = 1 - levels[k];
            }
            return new Pattern(name, p.rows(), p.columns(), levels);
        } catch (IOException e) {
            throw new IllegalArgumentException(file + ": cannot read (" + e.getMessage() + ")", e);
        }
    }

    private static Pattern image(String name, Path file) throws IOException {
        BufferedImage image = ImageIO.read(file.toFile());
        if (image == null) {
            throw new IllegalArgumentException(file + ": not an image (PNG, GIF, BMP, JPEG or PGM)");
        }
        check(file, image.getWidth(), image.getHeight());
        double[] levels = new double[image.getWidth() * image.getHeight()];
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                int rgb = image.getRGB(x, y);
                double luminance = 0.2126 * ((rgb >> 16) & 0xff) + 0.7152 * ((rgb >> 8) & 0xff) + 0.0722 * (rgb & 0xff);
                levels[y * image.getWidth() + x] = Math.min(1, luminance / 255);
            }
        }
        return new Pattern(name, image.getHeight(), image.getWidth(), levels);
    }

    private static void check(Path file, int width, int height) {
        if (width < 1 || height < 1 || width > MAX_SIDE || height > MAX_SIDE) {
            throw new IllegalArgumentException(file + ": " + width + "×" + height
                    + " pixels; an array pattern has 1 to "
                    + MAX_SIDE + " per side");
        }
    }

    /** PGM: magic, width, height, maximum grey, then the pixels as text (P2) or bytes (P5). */
    private static Pattern pgm(String name, Path file) throws IOException {
        byte[] bytes = Files.readAllBytes(file);
        int[] at = { 0 };
        String magic = token(bytes, at, file);
        if (!magic.equals("P2") && !magic.equals("P5")) {
            throw new IllegalArgumentException(file + ": not a PGM file (starts with " + magic + ", not P2 or P5)");
        }
        int width = number(bytes, at, file);
        int height = number(bytes, at, file);
        int max = number(bytes, at, file);
        check(file, width, height);
        if (max < 1 || max > 65535) {
            throw new IllegalArgumentException(file + ": maximum grey " + max + " outside 1…65535");
        }
        double[] levels = new double[width * height];
        if (magic.equals("P2")) {
            for (int k = 0; k < levels.length; k++) {
                levels[k] = Math.min(1.0, number(bytes, at, file) / (double) max);
            }
        } else {
            int start = at[0] + 1;
            int size = max < 256 ? 1 : 2;
            if (bytes.length < start + levels.length * size) {
                throw new IllegalArgumentException(file + ": " + (bytes.length - start) / size + " pixels for "
                        + width + "×" + height);
            }
            for (int k = 0; k < levels.length; k++) {
                int v = size == 1 ? bytes[start + k] & 0xff
                        : ((bytes[start + 2 * k] & 0xff) << 8) | (bytes[start + 2 * k + 1] & 0xff);
                levels[k] = Math.min(1.0, v / (double) max);
            }
        }
        return new Pattern(name, height, width, levels);
    }

    private static int number(byte[] bytes, int[] at, Path file) {
        String token = token(bytes, at, file);
        try {
            return Integer.parseInt(token);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(file + ": '" + token + "' is not a number of the PGM header or pixels");
        }
    }

    /** The next whitespace-separated token, skipping {@code #} comments. */
    private static String token(byte[] bytes, int[] at, Path file) {
        int k = at[0];
        while (k < bytes.length && (Character.isWhitespace(bytes[k]) || bytes[k] == '#')) {
            if (bytes[k] == '#') {
                while (k < bytes.length && bytes[k] != '\n') {
                    k++;
                }
            } else {
                k++;
            }
        }
        int start = k;
        while (k < bytes.length && !Character.isWhitespace(bytes[k])) {
            k++;
        }
        if (start == k) {
            throw new IllegalArgumentException(file + ": ends inside its PGM data");
        }
        at[0] = k;
        return new String(bytes, start, k - start, StandardCharsets.US_ASCII);
    }
}
