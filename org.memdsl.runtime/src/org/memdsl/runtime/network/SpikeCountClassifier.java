package org.memdsl.runtime.network;

/**
 * The read-out of Diehl &amp; Cook: every excitatory neuron is labelled with the class it fired for
 * most on average over labelled images (neurons that never fired stay unlabelled, {@code −1}); an
 * image is classified as the class whose labelled neurons fired most on average.
 */
public final class SpikeCountClassifier {

    private final int[] labelOf;
    private final int classes;

    private SpikeCountClassifier(int[] labelOf, int classes) {
        this.labelOf = labelOf;
        this.classes = classes;
    }

    /**
     * @param counts spike counts per image and neuron
     * @param labels class of each image
     */
    public static SpikeCountClassifier assign(int[][] counts, int[] labels, int from, int to, int classes) {
        int neurons = counts[from].length;
        double[][] sum = new double[classes][neurons];
        int[] images = new int[classes];
        for (int k = from; k < to; k++) {
            images[labels[k]]++;
            for (int j = 0; j < neurons; j++) {
                sum[labels[k]][j] += counts[k][j];
            }
        }
        int[] labelOf = new int[neurons];
        for (int j = 0; j < neurons; j++) {
            double best = 0;
            labelOf[j] = -1;
            for (int c = 0; c < classes; c++) {
                double rate = images[c] == 0 ? 0 : sum[c][j] / images[c];
                if (rate > best) {
                    best = rate;
                    labelOf[j] = c;
                }
            }
        }
        return new SpikeCountClassifier(labelOf, classes);
    }

    /** The label of neuron {@code j}, {@code −1} when it never fired. */
    public int label(int j) {
        return labelOf[j];
    }

    /** The class of an image from its spike counts; {@code −1} when no labelled neuron fired. */
    public int classify(int[] counts) {
        double[] sum = new double[classes];
        int[] members = new int[classes];
        for (int j = 0; j < counts.length; j++) {
            if (labelOf[j] >= 0) {
                sum[labelOf[j]] += counts[j];
                members[labelOf[j]]++;
            }
        }
        int best = -1;
        double bestRate = 0;
        for (int c = 0; c < classes; c++) {
            double rate = members[c] == 0 ? 0 : sum[c] / members[c];
            if (rate > bestRate) {
                bestRate = rate;
                best = c;
            }
        }
        return best;
    }
}
