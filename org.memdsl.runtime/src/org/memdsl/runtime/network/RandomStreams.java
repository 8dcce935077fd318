package org.memdsl.runtime.network;

/**
 * The uses of a network run's seed, each with a generator of its own ({@link NetworkSpec#random}),
 * so adding draws to one use leaves the others' draws unchanged. The numbers are part of the
 * results' reproducibility: never renumber one.
 */
public enum RandomStreams {
    /** The disjoint training and test sets. */
    SPLIT(1),
    /** Device-to-device variants of the synapse device. */
    DEVICES(2),
    /** The initial weights of the spiking network. */
    INITIAL_WEIGHTS(3),
    /** Weights, order, rounding and noise of the perceptron. */
    TRAINING(4);

    private final int stream;

    RandomStreams(int stream) {
        this.stream = stream;
    }

    public int stream() {
        return stream;
    }
}
