package org.memdsl.runtime.network;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import org.memdsl.runtime.data.IdxFiles;
import org.memdsl.runtime.data.LabelledImages;
import org.memdsl.runtime.data.MnistJson;
import org.memdsl.runtime.device.Dimension;
import org.memdsl.runtime.device.FileParameterSpec;
import org.memdsl.runtime.device.ParameterSpec;

/** Reads the images a network spec names: a directory of MNIST JSON digits, or IDX image and label files. */
final class ImageDatasets {

    /** The {@link NetworkSpec#random(int)} purpose of the training/test split. */
    static final int SPLIT = 1;

    /** The file settings of a network trained on images. */
    static final List<FileParameterSpec> FILE_SETTINGS = List.of(
            new FileParameterSpec("images", "MNIST JSON digits directory or IDX image file"),
            new FileParameterSpec("labels", "IDX label file (with an IDX image file)"));

    private ImageDatasets() {
    }

    /** The settings of the split and of the seed, with the kind's default sizes. */
    static List<ParameterSpec> settings(int train, int test) {
        return List.of(new ParameterSpec("train", Dimension.DIMENSIONLESS, train, 1, 1e7, "training images"),
                new ParameterSpec("test", Dimension.DIMENSIONLESS, test, 1, 1e7, "test images, disjoint from training"),
                new ParameterSpec("seed", Dimension.DIMENSIONLESS, 0, 0, 9.007199254740992e15,
                        "seed of every random draw of the run"));
    }

    /** Disjoint training and test sets drawn with the spec's seed. */
    static LabelledImages[] split(LabelledImages all, int train, int test, NetworkSpec spec) {
        if (train + test > all.size()) {
            throw new IllegalArgumentException(spec.file("images") + " holds " + all.size()
                    + " images, fewer than train + test = " + (train + test));
        }
        return all.split(train, test, spec.random(SPLIT));
    }

    /** One more than the largest label of the sets. */
    static int classes(LabelledImages[] sets) {
        int max = 0;
        for (LabelledImages set : sets) {
            max = Math.max(max, Arrays.stream(set.labels()).max().orElse(0));
        }
        return max + 1;
    }

    /** @param labels the IDX label file; {@code null} for a JSON digits directory */
    static LabelledImages read(Path images, Path labels) {
        try {
            if (Files.isDirectory(images)) {
                return MnistJson.read(images);
            }
            if (labels == null) {
                throw new IllegalArgumentException(images
                        + ": an IDX image file needs labels = \"…-labels-idx1-ubyte\"");
            }
            return IdxFiles.read(images, labels);
        } catch (IOException e) {
            throw new IllegalArgumentException(images + ": cannot read (" + e.getMessage() + ")", e);
        }
    }
}
