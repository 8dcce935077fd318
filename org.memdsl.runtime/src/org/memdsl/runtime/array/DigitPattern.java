package org.memdsl.runtime.array;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.memdsl.runtime.catalog.AbstractKind;
import org.memdsl.runtime.catalog.Parameter;
import org.memdsl.runtime.catalog.ParameterValues;
import org.memdsl.runtime.data.IdxFiles;
import org.memdsl.runtime.data.LabelledImages;
import org.memdsl.runtime.data.MnistJson;

/** {@code pattern NAME : digit { images = "…" index = 7 }}: one image of a data set (MNIST digits, IDX files). */
final class DigitPattern extends AbstractKind implements PatternKind {

    DigitPattern() {
        super("digit", "one image of a data set: an MNIST JSON digits directory or IDX image and label files",
                List.of(Parameter.file("images", "MNIST JSON digits directory or IDX image file"),
                        Parameter.file("labels", "IDX label file (with an IDX image file)").optional(),
                        Parameter.count("index", 0, 0, 10_000_000, "which image, from 0")));
    }

    @Override
    public boolean takesRows() {
        return false;
    }

    @Override
    public Pattern create(String name, List<String> rows, ParameterValues p) {
        Path images = p.file("images");
        LabelledImages set;
        try {
            set = Files.isDirectory(images) ? MnistJson.read(images)
                    : IdxFiles.read(images, p.optionalFile("labels").orElseThrow(() -> new IllegalArgumentException(
                            images + ": an IDX image file needs labels = \"…-labels-idx1-ubyte\"")));
        } catch (IOException e) {
            throw new IllegalArgumentException(images + ": cannot read (" + e.getMessage() + ")", e);
        }
        int index = p.count("index");
        if (index >= set.size()) {
            throw new IllegalArgumentException(images + " holds " + set.size() + " images; index " + index
                    + " is beyond them");
        }
        double[] levels = new double[set.width() * set.height()];
        for (int k = 0; k < levels.length; k++) {
            levels[k] = Math.min(1, Math.max(0, set.pixels()[index][k]));
        }
        return new Pattern(name, set.height(), set.width(), levels);
    }
}
