package org.memdsl.runtime.network;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

import org.hipparchus.random.RandomGenerator;
import org.hipparchus.random.Well19937c;
import org.memdsl.runtime.data.LabelledImages;
import org.memdsl.runtime.simulation.ProgressListener;

/**
 * The protocol of Diehl &amp; Cook and of paper C: one unsupervised pass over the training images
 * with plasticity on; then, with the network frozen, a pass over the training images labels the
 * neurons and a pass over the test images measures accuracy. While training, the accuracy on each
 * block of {@code interval} images is estimated with the labels the previous block gave (the
 * published learning curve). Training draws its input spikes from one generator seeded with {@code
 * seed}; every frozen presentation has a generator of its own seeded from {@code seed}, the pass and
 * the image index, so the frozen passes run on all cores and give the same counts as on one.
 */
public final class SpikingTraining {

    /** What a run produced. */
    public record Result(int[] curveSamples, double[] curveAccuracy, double testAccuracy, int[][] confusion,
            int[] neuronLabels, double trainingSeconds, double evaluationSeconds, int trainImages,
            int evaluatedImages) {

        public double trainingImagesPerSecond() {
            return trainImages / trainingSeconds;
        }

        public double evaluationImagesPerSecond() {
            return evaluatedImages / evaluationSeconds;
        }
    }

    private static final int LABELLING_PASS = 1;
    private static final int TEST_PASS = 2;

    private SpikingTraining() {
    }

    public static Result run(DiehlCookNetwork network, LabelledImages train, LabelledImages test, int classes,
            int interval, long seed, ProgressListener progress) {
        int total = 2 * train.size() + test.size();
        RandomGenerator random = new Well19937c(seed);
        int[][] trainCounts = new int[train.size()][network.neurons()];
        List<Integer> samples = new ArrayList<>();
        List<Double> accuracy = new ArrayList<>();
        long start = System.nanoTime();
        for (int k = 0; k < train.size(); k++) {
            network.learn(train.pixels()[k], random, trainCounts[k]);
            int done = k + 1;
            if (interval > 0 && done % interval == 0 && done >= 2 * interval) {
                SpikeCountClassifier previous = SpikeCountClassifier.assign(trainCounts, train.labels(),
                        done - 2 * interval, done - interval, classes);
                int correct = 0;
                for (int m = done - interval; m < done; m++) {
                    correct += previous.classify(trainCounts[m]) == train.labels()[m] ? 1 : 0;
                }
                samples.add(done);
                accuracy.add((double) correct / interval);
            }
            progress.progress((double) done / total);
        }
        double trainingSeconds = (System.nanoTime() - start) * 1e-9;

        start = System.nanoTime();
        int[][] labelling = respond(network, train, seed, LABELLING_PASS);
        progress.progress((2.0 * train.size()) / total);
        SpikeCountClassifier classifier = SpikeCountClassifier.assign(labelling, train.labels(), 0, train.size(),
                classes);
        int[][] testCounts = respond(network, test, seed, TEST_PASS);
        double evaluationSeconds = (System.nanoTime() - start) * 1e-9;
        int[][] confusion = new int[classes][classes + 1];
        int correct = 0;
        for (int m = 0; m < test.size(); m++) {
            int predicted = classifier.classify(testCounts[m]);
            confusion[test.labels()[m]][predicted < 0 ? classes : predicted]++;
            correct += predicted == test.labels()[m] ? 1 : 0;
        }
        progress.progress(1.0);
        int[] labels = new int[network.neurons()];
        for (int j = 0; j < labels.length; j++) {
            labels[j] = classifier.label(j);
        }
        return new Result(samples.stream().mapToInt(Integer::intValue).toArray(),
                accuracy.stream().mapToDouble(Double::doubleValue).toArray(), (double) correct / test.size(),
                confusion, labels, trainingSeconds, evaluationSeconds, train.size(), train.size() + test.size());
    }

    /**
     * Spike counts of the frozen network for every image, on all cores, each image with its own
     * generator seeded from {@code seed}, {@code pass} and its index.
     */
    public static int[][] respond(DiehlCookNetwork network, LabelledImages images, long seed, int pass) {
        int[][] counts = new int[images.size()][network.neurons()];
        ThreadLocal<DiehlCookNetwork.Evaluator> evaluators = ThreadLocal.withInitial(network::evaluator);
        IntStream.range(0, images.size()).parallel().forEach(k -> evaluators.get().respond(images.pixels()[k],
                new Well19937c(new int[] { (int) (seed >>> 32), (int) seed, pass, k }), counts[k]));
        return counts;
    }
}
