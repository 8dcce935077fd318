package org.memdsl.tests.reference;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;

import javax.imageio.ImageIO;

/**
 * A small valid data file for a file parameter of a kind's example, by what the parameter holds:
 * a measured-curve CSV ({@code table}), a PNG ({@code file}), IDX images and labels ({@code images},
 * then {@code labels}, which names the file {@code images} wrote).
 */
final class DataFile {

    private DataFile() {
    }

    /** Writes the file into {@code dir} and returns its name. */
    static String write(Path dir, String kind, String parameter) throws IOException {
        switch (parameter) {
            case "file" -> {
                BufferedImage image = new BufferedImage(2, 2, BufferedImage.TYPE_INT_RGB);
                image.setRGB(0, 0, 0xffffff);
                ImageIO.write(image, "png", dir.resolve(kind + ".png").toFile());
                return kind + ".png";
            }
            case "images" -> {
                Files.write(dir.resolve(kind + "-images.idx"), ByteBuffer.allocate(16 + 4).putInt(0x803).putInt(1)
                        .putInt(2).putInt(2).put(new byte[] { 0, (byte) 255, 0, 0 }).array());
                Files.write(dir.resolve(kind + "-labels.idx"), ByteBuffer.allocate(9).putInt(0x801).putInt(1)
                        .put((byte) 3).array());
                return kind + "-images.idx";
            }
            case "labels" -> {
                return kind + "-labels.idx";
            }
            default -> {
                Files.writeString(dir.resolve(kind + ".csv"), "pulse,g_ltp,g_ltd\n0,1e-9,2e-9\n1,2e-9,1e-9\n");
                return kind + ".csv";
            }
        }
    }
}
