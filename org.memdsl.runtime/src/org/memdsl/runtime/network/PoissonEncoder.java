package org.memdsl.runtime.network;

import java.util.Arrays;

import org.hipparchus.random.RandomGenerator;

/**
 * Rate coding of an image: input {@code i} fires a Poisson process of rate {@code pixel[i]·r} for
 * the presentation, each spike falling in the time step that contains it. Spike times are drawn as
 * exponential intervals from the given seeded generator, so the number of draws is that of the
 * spikes (a few thousand per image) rather than one per input and time step.
 */
public final class PoissonEncoder {

    private final int steps;
    private final double dt;
    /** Inputs that fire in step {@code s}: {@code inputs[start[s] … start[s+1])}. */
    private int[] start;
    private int[] inputs = new int[4096];
    private int[] stepOf = new int[4096];
    private int[] inputOf = new int[4096];

    public PoissonEncoder(int steps, double dt) {
        this.steps = steps;
        this.dt = dt;
        this.start = new int[steps + 1];
    }

    /** Draws the spikes of one presentation; read them with {@link #from(int)} and {@link #to(int)}. */
    public void encode(float[] pixels, double whiteRate, RandomGenerator random) {
        int[] count = new int[steps + 1];
        int total = 0;
        double duration = steps * dt;
        for (int i = 0; i < pixels.length; i++) {
            double rate = pixels[i] * whiteRate;
            if (rate <= 0) {
                continue;
            }
            double t = -Math.log(1 - random.nextDouble()) / rate;
            while (t < duration) {
                int s = (int) (t / dt);
                if (total == stepOf.length) {
                    stepOf = Arrays.copyOf(stepOf, 2 * total);
                    inputOf = Arrays.copyOf(inputOf, 2 * total);
                }
                stepOf[total] = s;
                inputOf[total] = i;
                total++;
                count[s + 1]++;
                t += -Math.log(1 - random.nextDouble()) / rate;
            }
        }
        for (int s = 0; s < steps; s++) {
            count[s + 1] += count[s];
        }
        start = count;
        if (inputs.length < total) {
            inputs = new int[Math.max(total, 2 * inputs.length)];
        }
        int[] fill = Arrays.copyOf(count, steps);
        for (int k = 0; k < total; k++) {
            inputs[fill[stepOf[k]]++] = inputOf[k];
        }
    }

    public int from(int step) {
        return start[step];
    }

    public int to(int step) {
        return start[step + 1];
    }

    public int input(int index) {
        return inputs[index];
    }

    public int spikes() {
        return start[steps];
    }
}
