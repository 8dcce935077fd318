package org.memdsl.runtime.simulation;

import org.hipparchus.random.RandomGenerator;
import org.hipparchus.random.Well19937c;

/**
 * The uses of a network's or an array's seed, each with a generator of its own
 * ({@link #generator(long)}), so adding draws to one use leaves the others' draws unchanged. The
 * numbers are part of the results' reproducibility: never renumber one.
 */
public enum RandomStreams {
    /** The disjoint training and test sets. */
    SPLIT(1),
    /** Device-to-device variants of the synapse device. */
    DEVICES(2),
    /** The initial weights of the spiking network. */
    INITIAL_WEIGHTS(3),
    /** Weights, order, rounding and noise of the perceptron. */
    TRAINING(4),
    /** Noise added to an image before an array denoises it. */
    NOISE(5);

    private final int stream;

    RandomStreams(int stream) {
        this.stream = stream;
    }

    public int stream() {
        return stream;
    }

    /** The generator of this use of {@code seed}. */
    public RandomGenerator generator(long seed) {
        return new Well19937c(new int[] { (int) (seed >>> 32), (int) seed, stream });
    }
}
