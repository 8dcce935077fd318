package org.memdsl.runtime.data;

import java.io.BufferedInputStream;
import java.io.DataInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPInputStream;

/**
 * Reader of the IDX format of MNIST and Fashion-MNIST (LeCun et al.): big-endian magic 0x00000803
 * for unsigned-byte images (count, rows, columns, pixels) and 0x00000801 for labels (count,
 * bytes); {@code .gz} files are decompressed on the fly. Pixels are scaled to {@code [0, 1]}.
 */
public final class IdxFiles {

    private static final int IMAGES = 0x00000803;
    private static final int LABELS = 0x00000801;

    private IdxFiles() {
    }

    /**
     * @throws IOException on unreadable files; {@link IllegalArgumentException} naming the file on a
     *         wrong magic number, a count mismatch or a truncated file
     */
    public static LabelledImages read(Path images, Path labels) throws IOException {
        try (DataInputStream in = open(images); DataInputStream lab = open(labels)) {
            expect(in.readInt(), IMAGES, images);
            int count = in.readInt();
            int rows = in.readInt();
            int columns = in.readInt();
            expect(lab.readInt(), LABELS, labels);
            int labelCount = lab.readInt();
            if (labelCount != count) {
                throw new IllegalArgumentException(labels + ": " + labelCount + " labels for " + count + " images in "
                        + images);
            }
            float[][] pixels = new float[count][rows * columns];
            int[] classes = new int[count];
            byte[] buffer = new byte[rows * columns];
            for (int k = 0; k < count; k++) {
                in.readFully(buffer);
                for (int p = 0; p < buffer.length; p++) {
                    pixels[k][p] = (buffer[p] & 0xff) / 255f;
                }
                classes[k] = lab.readUnsignedByte();
            }
            return new LabelledImages(columns, rows, pixels, classes, images.toString());
        } catch (EOFException e) {
            throw new IllegalArgumentException(images + " or " + labels + " is truncated", e);
        }
    }

    private static DataInputStream open(Path file) throws IOException {
        InputStream raw = new BufferedInputStream(Files.newInputStream(file), 1 << 16);
        return new DataInputStream(file.toString().endsWith(".gz") ? new GZIPInputStream(raw, 1 << 16) : raw);
    }

    private static void expect(int magic, int wanted, Path file) {
        if (magic != wanted) {
            throw new IllegalArgumentException(String.format("%s: not an IDX %s file (magic 0x%08x)", file,
                    wanted == IMAGES ? "image" : "label", magic));
        }
    }
}
