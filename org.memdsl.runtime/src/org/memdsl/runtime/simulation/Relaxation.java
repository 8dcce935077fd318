package org.memdsl.runtime.simulation;

import java.util.Arrays;

import org.memdsl.runtime.device.Drive;
import org.memdsl.runtime.device.RelaxingStates;

/**
 * The relaxing states of a {@link RelaxingStates} model on one stretch of constant drive, in closed
 * form {@code x(t) = target + (x₀ − target)·e^(−rate·(t − t₀))}, and the map between the model's full
 * state and the reduced state the integrator advances (the other variables, in order).
 */
final class Relaxation {

    private final RelaxingStates model;
    private final Drive drive;
    private final int dimension;
    private final int[] relaxing;
    private final int[] integrated;
    private final double[] targets;
    private final double[] rates;
    private final double[] starts;
    private double origin;

    Relaxation(RelaxingStates model, int dimension, Drive drive, double t, double[] state) {
        this.model = model;
        this.drive = drive;
        this.dimension = dimension;
        this.relaxing = model.relaxingStates();
        this.integrated = new int[dimension - relaxing.length];
        int n = 0;
        int r = 0;
        for (int i = 0; i < dimension; i++) {
            if (r < relaxing.length && relaxing[r] == i) {
                r++;
            } else {
                integrated[n++] = i;
            }
        }
        this.targets = new double[relaxing.length];
        this.rates = new double[relaxing.length];
        this.starts = new double[relaxing.length];
        restart(t, state);
    }

    /** Whether some state is left for the integrator. */
    boolean integrates() {
        return integrated.length > 0;
    }

    /** The relaxing states start again from {@code state} at {@code t} (after a device event). */
    void restart(double t, double[] state) {
        origin = t;
        for (int k = 0; k < relaxing.length; k++) {
            double x = state[relaxing[k]];
            starts[k] = x;
            targets[k] = model.relaxationTarget(relaxing[k], x, drive);
            rates[k] = model.relaxationRate(relaxing[k], x, drive);
        }
    }

    /** The relaxation rates (1/s) on this stretch, fastest first, without zeros. */
    double[] ratesFastestFirst() {
        return Arrays.stream(rates).filter(rate -> rate > 0).map(rate -> -rate).sorted().map(rate -> -rate)
                .toArray();
    }

    int reducedDimension() {
        return integrated.length;
    }

    /** The integrated variables of {@code full}. */
    double[] reduce(double[] full) {
        double[] reduced = new double[integrated.length];
        for (int k = 0; k < integrated.length; k++) {
            reduced[k] = full[integrated[k]];
        }
        return reduced;
    }

    /** The full state at {@code t} from the integrated variables {@code reduced}. */
    double[] expand(double t, double[] reduced) {
        double[] full = new double[dimension];
        for (int k = 0; k < integrated.length; k++) {
            full[integrated[k]] = reduced[k];
        }
        double elapsed = t - origin;
        for (int k = 0; k < relaxing.length; k++) {
            full[relaxing[k]] = targets[k] + (starts[k] - targets[k]) * Math.exp(-rates[k] * elapsed);
        }
        return full;
    }
}
