package org.memdsl.runtime.data;

import org.hipparchus.random.RandomGenerator;
import org.hipparchus.util.MathArrays;

/**
 * Grey-level images with class labels: {@code pixels[k]} is image {@code k} row by row, each value in
 * {@code [0, 1]}; {@code source} says where the data came from (for provenance).
 */
public record LabelledImages(int width, int height, float[][] pixels, int[] labels, String source) {

    public LabelledImages {
        if (pixels.length != labels.length) {
            throw new IllegalArgumentException(pixels.length + " images but " + labels.length + " labels");
        }
    }

    public int size() {
        return labels.length;
    }

    /** Count of images per label 0…9 (or up to the largest label). */
    public int[] classCounts() {
        int max = 0;
        for (int l : labels) {
            max = Math.max(max, l);
        }
        int[] counts = new int[max + 1];
        for (int l : labels) {
            counts[l]++;
        }
        return counts;
    }

    /** The images at {@code indices}, in that order. */
    public LabelledImages subset(int[] indices, String description) {
        float[][] p = new float[indices.length][];
        int[] l = new int[indices.length];
        for (int k = 0; k < indices.length; k++) {
            p[k] = pixels[indices[k]];
            l[k] = labels[indices[k]];
        }
        return new LabelledImages(width, height, p, l, source + " (" + description + ")");
    }

    /** Disjoint training and test sets drawn at random (Hipparchus shuffle with the given generator). */
    public LabelledImages[] split(int train, int test, RandomGenerator random) {
        if (train + test > size()) {
            throw new IllegalArgumentException("asked for " + (train + test) + " images of " + size());
        }
        int[] order = MathArrays.natural(size());
        MathArrays.shuffle(order, random);
        return new LabelledImages[] { subset(java.util.Arrays.copyOfRange(order, 0, train), train + " training"),
                subset(java.util.Arrays.copyOfRange(order, train, train + test), test + " test") };
    }
}
