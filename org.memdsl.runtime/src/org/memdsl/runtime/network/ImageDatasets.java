package org.memdsl.runtime.network;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.memdsl.runtime.data.IdxFiles;
import org.memdsl.runtime.data.LabelledImages;
import org.memdsl.runtime.data.MnistJson;

/** Reads the images a network spec names: a directory of MNIST JSON digits, or IDX image and label files. */
final class ImageDatasets {

    private ImageDatasets() {
    }

    /** @param labels the IDX label file; {@code null} for a JSON digits directory */
    static LabelledImages read(Path images, Path labels) {
        try {
            if (Files.isDirectory(images)) {
                return MnistJson.read(images);
            }
            if (labels == null) {
                throw new IllegalArgumentException(images + ": an IDX image file needs labels = \"…-labels-idx1-ubyte\"");
            }
            return IdxFiles.read(images, labels);
        } catch (IOException e) {
            throw new IllegalArgumentException(images + ": cannot read (" + e.getMessage() + ")", e);
        }
    }
}
