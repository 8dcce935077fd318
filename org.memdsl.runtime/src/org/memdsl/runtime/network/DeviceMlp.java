package org.memdsl.runtime.network;

import java.util.Arrays;

import org.hipparchus.random.RandomGenerator;
import org.hipparchus.util.MathArrays;
import org.memdsl.runtime.data.LabelledImages;

/**
 * A two-layer perceptron (inputs → sigmoid hidden layer → softmax outputs, cross-entropy loss)
 * trained by stochastic gradient descent in which every weight is a device: the ideal update
 * {@code −η·∂L/∂w} is rounded to a whole number of programming pulses of the {@link WeightDevice}
 * (stochastic rounding with the run's generator) and applied through the device's nonlinear,
 * bounded response, with optional cycle-to-cycle noise per pulse and device-to-device spread of the
 * step size. The NeuroSim methodology (Chen, Peng &amp; Yu, IEEE TCAD 37, 3067 (2018)); with
 * {@code device == null} the weights are ideal floating-point numbers, the reference.
 */
public final class DeviceMlp {

    /** Noise and spread of the devices: C2C σ per pulse and D2D σ of the step, relative to the range. */
    public record Variation(double cycleToCycle, double deviceToDevice) {
        public static final Variation NONE = new Variation(0, 0);
    }

    private final int inputs;
    private final int hidden;
    private final int outputs;
    private final WeightDevice device;
    private final Variation variation;
    private final RandomGenerator random;
    private final double[] w1;
    private final double[] w2;
    private final double[] g1;
    private final double[] g2;
    private final double[] step1;
    private final double[] step2;

    public DeviceMlp(int inputs, int hidden, int outputs, WeightDevice device, Variation variation,
            RandomGenerator random) {
        this.inputs = inputs;
        this.hidden = hidden;
        this.outputs = outputs;
        this.device = device;
        this.variation = variation;
        this.random = random;
        this.w1 = new double[hidden * (inputs + 1)];
        this.w2 = new double[outputs * (hidden + 1)];
        this.g1 = new double[w1.length];
        this.g2 = new double[w2.length];
        this.step1 = new double[w1.length];
        this.step2 = new double[w2.length];
        initialise(w1, g1, step1, Math.sqrt(6.0 / (inputs + hidden)));
        initialise(w2, g2, step2, Math.sqrt(6.0 / (hidden + outputs)));
    }

    private void initialise(double[] w, double[] g, double[] step, double scale) {
        for (int k = 0; k < w.length; k++) {
            w[k] = scale * (2 * random.nextDouble() - 1);
            if (device != null) {
                double clipped = Math.max(-1, Math.min(1, w[k]));
                g[k] = device.conductance(clipped);
                w[k] = device.weight(g[k]);
                step[k] = Math.exp(variation.deviceToDevice() * random.nextGaussian());
            }
        }
    }

    /** Accuracy on {@code data} (fraction of correct argmax). */
    public double accuracy(LabelledImages data) {
        int correct = 0;
        for (int k = 0; k < data.size(); k++) {
            correct += classify(data.pixels()[k]) == data.labels()[k] ? 1 : 0;
        }
        return (double) correct / data.size();
    }

    /** The class with the largest output for one image. */
    public int classify(float[] pixels) {
        double[] h = new double[hidden];
        double[] o = new double[outputs];
        forward(pixels, h, o);
        int best = 0;
        for (int c = 1; c < outputs; c++) {
            if (o[c] > o[best]) {
                best = c;
            }
        }
        return best;
    }

    private void forward(float[] x, double[] h, double[] o) {
        for (int j = 0; j < hidden; j++) {
            int row = j * (inputs + 1);
            double s = w1[row + inputs];
            for (int i = 0; i < inputs; i++) {
                s += w1[row + i] * x[i];
            }
            h[j] = 1 / (1 + Math.exp(-s));
        }
        double max = Double.NEGATIVE_INFINITY;
        for (int c = 0; c < outputs; c++) {
            int row = c * (hidden + 1);
            double s = w2[row + hidden];
            for (int j = 0; j < hidden; j++) {
                s += w2[row + j] * h[j];
            }
            o[c] = s;
            max = Math.max(max, s);
        }
        double sum = 0;
        for (int c = 0; c < outputs; c++) {
            o[c] = Math.exp(o[c] - max);
            sum += o[c];
        }
        for (int c = 0; c < outputs; c++) {
            o[c] /= sum;
        }
    }

    /** One pass over {@code data} in a random order, one update per image, learning rate {@code eta}. */
    public void trainEpoch(LabelledImages data, double eta) {
        int[] order = MathArrays.natural(data.size());
        MathArrays.shuffle(order, random);
        double[] h = new double[hidden];
        double[] o = new double[outputs];
        double[] deltaOut = new double[outputs];
        double[] deltaHidden = new double[hidden];
        for (int index : order) {
            float[] x = data.pixels()[index];
            forward(x, h, o);
            for (int c = 0; c < outputs; c++) {
                deltaOut[c] = o[c] - (c == data.labels()[index] ? 1 : 0);
            }
            Arrays.fill(deltaHidden, 0);
            for (int c = 0; c < outputs; c++) {
                int row = c * (hidden + 1);
                for (int j = 0; j < hidden; j++) {
                    deltaHidden[j] += w2[row + j] * deltaOut[c];
                }
            }
            for (int j = 0; j < hidden; j++) {
                deltaHidden[j] *= h[j] * (1 - h[j]);
            }
            for (int c = 0; c < outputs; c++) {
                int row = c * (hidden + 1);
                for (int j = 0; j < hidden; j++) {
                    update(w2, g2, step2, row + j, -eta * deltaOut[c] * h[j]);
                }
                update(w2, g2, step2, row + hidden, -eta * deltaOut[c]);
            }
            for (int j = 0; j < hidden; j++) {
                if (deltaHidden[j] == 0) {
                    continue;
                }
                int row = j * (inputs + 1);
                for (int i = 0; i < inputs; i++) {
                    if (x[i] != 0) {
                        update(w1, g1, step1, row + i, -eta * deltaHidden[j] * x[i]);
                    }
                }
                update(w1, g1, step1, row + inputs, -eta * deltaHidden[j]);
            }
        }
    }

    private void update(double[] w, double[] g, double[] step, int k, double ideal) {
        if (device == null) {
            w[k] += ideal;
            return;
        }
        double pulses = ideal / (device.nominalStep() * step[k]);
        int whole = (int) Math.floor(pulses);
        if (random.nextDouble() < pulses - whole) {
            whole++;
        }
        if (whole == 0) {
            return;
        }
        double before = g[k];
        double after = device.afterPulses(before, whole);
        after += (after - before) * (step[k] - 1);
        if (variation.cycleToCycle() > 0) {
            after += variation.cycleToCycle() * (device.gMax() - device.gMin()) * Math.sqrt(Math.abs(whole))
                    * random.nextGaussian();
        }
        g[k] = Math.max(device.gMin(), Math.min(device.gMax(), after));
        w[k] = device.weight(g[k]);
    }
}
