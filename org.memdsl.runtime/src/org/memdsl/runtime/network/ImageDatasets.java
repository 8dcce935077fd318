package org.memdsl.runtime.network;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import org.memdsl.runtime.catalog.Parameter;
import org.memdsl.runtime.data.IdxFiles;
import org.memdsl.runtime.data.LabelledImages;
import org.memdsl.runtime.data.MnistJson;
import org.memdsl.runtime.simulation.ExperimentSettings;
import org.memdsl.runtime.simulation.RandomStreams;

/** Reads the images a network spec names: a directory of MNIST JSON digits, or IDX image and label files. */
final class ImageDatasets {

    static final String IMAGES = "images";
    static final String LABELS = "labels";

    private ImageDatasets() {
    }

    /** The data files, the split and the seed, with the kind's default sizes. */
    static List<Parameter> settings(int train, int test) {
        return List.of(Parameter.file(IMAGES, "MNIST JSON digits directory or IDX image file"),
                Parameter.file(LABELS, "IDX label file (with an IDX image file)").optional(),
                Parameter.count("train", train, 1, 10_000_000, "training images"),
                Parameter.count("test", test, 1, 10_000_000, "test images, disjoint from training"),
                ExperimentSettings.seedParameter());
    }

    /** Disjoint training and test sets drawn with the spec's seed. */
    static LabelledImages[] split(LabelledImages all, int train, int test, NetworkSpec spec) {
        if (train + test > all.size()) {
            throw new IllegalArgumentException(spec.file(IMAGES) + " holds " + all.size()
                    + " images, fewer than train + test = " + (train + test));
        }
        return all.split(train, test, spec.random(RandomStreams.SPLIT));
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
