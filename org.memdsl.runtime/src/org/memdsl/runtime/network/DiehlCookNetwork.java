package org.memdsl.runtime.network;

import java.util.Arrays;

import org.hipparchus.random.RandomGenerator;

/**
 * The spiking network of Diehl &amp; Cook (2015) with its input synapses stored in devices: Poisson
 * inputs drive conductance-based LIF excitatory neurons with an adaptive threshold; each excitatory
 * neuron excites its own inhibitory neuron, which inhibits every other excitatory neuron (soft
 * winner-takes-all). While learning, the input synapses follow the published trace STDP (at a
 * presynaptic spike {@code Δw = −ν_pre·x_post1}, at a postsynaptic spike {@code Δw =
 * ν_post·x_pre·x_post2}), each change taken through the synapse's {@link WeightResponse} — the
 * device's own pulse response when the weights are devices.
 *
 * <p>Integration follows the reference simulation step by step: forward Euler on {@code dt} for the
 * membranes and conductances (the membrane held during the refractory period), then thresholds,
 * then spike propagation and plasticity, then resets. The STDP traces decay exactly; a trace below
 * {@link #TRACE_FLOOR} is dropped to zero, which changes no weight by more than {@code 1e-8·ν}.
 *
 * <p>One instance holds the learned state (weights, thresholds) and the neuron state of one
 * sequential training run; {@link #evaluator()} gives independent evaluators that share the frozen
 * weights, so test passes can run on several threads and still give the same counts.
 */
public final class DiehlCookNetwork {

    /** Traces below this are zero (see the class comment). */
    static final double TRACE_FLOOR = 1e-8;

    private final DiehlCookParameters p;
    private final int inputs;
    private final int n;
    /** Input-major: synapse {@code (i, j)} is {@code w[i·n + j]}. */
    private final double[] w;
    private final WeightResponse[] responses;
    /** Response index of each synapse; {@code null} when all synapses share {@code responses[0]}. */
    private final byte[] variant;
    private final double[] theta;
    private final Dynamics training;

    /**
     * @param responses the weight responses (one for ideal or identical devices, several for
     *        device-to-device variation); synapse {@code k} uses {@code responses[variant[k]]}
     * @param variant per synapse, or {@code null}
     */
    public DiehlCookNetwork(DiehlCookParameters p, int inputs, WeightResponse[] responses, byte[] variant,
            RandomGenerator random) {
        if (variant != null && variant.length != inputs * p.excitatory()) {
            throw new IllegalArgumentException("one variant per synapse");
        }
        if (responses.length == 0 || responses.length > 128) {
            throw new IllegalArgumentException("between 1 and 128 weight responses");
        }
        this.p = p;
        this.inputs = inputs;
        this.n = p.excitatory();
        this.responses = responses.clone();
        this.variant = variant;
        this.w = new double[inputs * n];
        for (int k = 0; k < w.length; k++) {
            WeightResponse r = response(k);
            w[k] = clamp(random.nextDouble() * p.wInitial(), r);
        }
        this.theta = new double[n];
        Arrays.fill(theta, p.thetaStart());
        this.training = new Dynamics();
    }

    private WeightResponse response(int synapse) {
        return variant == null ? responses[0] : responses[variant[synapse]];
    }

    private static double clamp(double value, WeightResponse r) {
        return Math.max(r.lowest(), Math.min(r.highest(), value));
    }

    public int inputs() {
        return inputs;
    }

    public int neurons() {
        return n;
    }

    public DiehlCookParameters parameters() {
        return p;
    }

    /** Weight of the synapse from input {@code i} to excitatory neuron {@code j}. */
    public double weight(int i, int j) {
        return w[i * n + j];
    }

    /** Adaptive threshold {@code θ} of neuron {@code j} in V. */
    public double theta(int j) {
        return theta[j];
    }

    /**
     * Shows one image with plasticity on, in the training run's sequence (the neuron state carries
     * over from the previous image's rest), retrying brighter while it draws fewer than {@code
     * min_spikes} spikes; adds the spikes of the accepted presentation to {@code counts}.
     */
    public void learn(float[] pixels, RandomGenerator random, int[] counts) {
        training.show(pixels, true, random, counts);
    }

    /** A frozen-network evaluator: neuron state of its own, starting every image at rest. */
    public Evaluator evaluator() {
        return new Evaluator();
    }

    /** Presents images to the frozen network (no plasticity, thresholds fixed). */
    public final class Evaluator {

        private final Dynamics dynamics = new Dynamics();

        /** Spike counts of the excitatory neurons for one image, into {@code counts} (cleared first). */
        public void respond(float[] pixels, RandomGenerator random, int[] counts) {
            Arrays.fill(counts, 0);
            dynamics.reset();
            dynamics.show(pixels, false, random, counts);
        }
    }

    /** Neuron and trace state of one run through images. */
    private final class Dynamics {

        private final double[] vE = new double[n];
        private final double[] geE = new double[n];
        private final double[] giE = new double[n];
        private final int[] refractoryE = new int[n];
        private final long[] lastSpikeE = new long[n];
        private final double[] vI = new double[n];
        private final double[] geI = new double[n];
        private final double[] giI = new double[n];
        private final int[] refractoryI = new int[n];
        private final double[] post1 = new double[n];
        private final double[] post2 = new double[n];
        private final double[] pre = new double[inputs];
        private final long[] preStep = new long[inputs];
        private final int[] spikedE = new int[n];
        private final int[] spikedI = new int[n];
        private final int[] active = new int[n];
        private final int[] spikes = new int[n];
        private final PoissonEncoder encoder = new PoissonEncoder(p.presentationSteps(), p.dt());
        private final double[] preDecay;
        private final int refractoryStepsE = (int) Math.round(p.refractoryE() / p.dt());
        private final int refractoryStepsI = (int) Math.round(p.refractoryI() / p.dt());
        private final long lockoutSteps = Math.round(p.lockoutE() / p.dt());
        private final double post1Decay = Math.exp(-p.dt() / p.tauPost1());
        private final double post2Decay = Math.exp(-p.dt() / p.tauPost2());
        private final double membraneE = p.dt() / p.tauE();
        private final double membraneI = p.dt() / p.tauI();
        private final double geDecay = 1 - p.dt() / p.tauGe();
        private final double giDecay = 1 - p.dt() / p.tauGi();
        private final double thetaDecay = 1 - p.dt() / p.tauTheta();
        private final double threshold = p.vThreshE() - p.thetaStart();
        private long step;

        Dynamics() {
            int length = (int) Math.ceil(Math.log(1 / TRACE_FLOOR) * p.tauPre() / p.dt()) + 1;
            preDecay = new double[length];
            for (int k = 0; k < length; k++) {
                preDecay[k] = Math.exp(-k * p.dt() / p.tauPre());
            }
            reset();
        }

        /** The state at rest; the published simulation starts the membranes 40 mV below rest. */
        void reset() {
            Arrays.fill(vE, p.vRestE() - 40e-3);
            Arrays.fill(vI, p.vRestI() - 40e-3);
            Arrays.fill(geE, 0);
            Arrays.fill(giE, 0);
            Arrays.fill(geI, 0);
            Arrays.fill(giI, 0);
            Arrays.fill(refractoryE, 0);
            Arrays.fill(refractoryI, 0);
            Arrays.fill(lastSpikeE, Long.MIN_VALUE / 2);
            Arrays.fill(post1, 0);
            Arrays.fill(post2, 0);
            Arrays.fill(pre, 0);
            Arrays.fill(preStep, 0);
            step = 0;
        }

        void show(float[] pixels, boolean learn, RandomGenerator random, int[] counts) {
            double rate = p.inputRate();
            while (true) {
                if (learn && p.columnSum() > 0) {
                    normalise();
                }
                Arrays.fill(spikes, 0);
                encoder.encode(pixels, rate, random);
                int total = 0;
                for (int s = 0; s < p.presentationSteps(); s++) {
                    total += advance(learn, s);
                }
                for (int s = 0; s < p.restSteps(); s++) {
                    advance(learn, -1);
                }
                if (total >= p.minSpikes() || rate + p.intensityStep() > p.maxIntensity()
                        || p.intensityStep() == 0) {
                    for (int j = 0; j < n; j++) {
                        counts[j] += spikes[j];
                    }
                    return;
                }
                rate += p.intensityStep();
            }
        }

        /** One time step; {@code inputStep < 0} during rest. Returns the excitatory spikes of the step. */
        private int advance(boolean learn, int inputStep) {
            step++;
            double eExc = p.eExcitatory();
            double eInhE = p.eInhibitoryE();
            double eInhI = p.eInhibitoryI();
            double vRestE = p.vRestE();
            double vRestI = p.vRestI();
            int firedE = 0;
            int firedI = 0;
            for (int j = 0; j < n; j++) {
                double v = vE[j];
                if (refractoryE[j] > 0) {
                    refractoryE[j]--;
                } else {
                    v += membraneE * ((vRestE - v) + geE[j] * (eExc - v) + giE[j] * (eInhE - v));
                    vE[j] = v;
                }
                geE[j] *= geDecay;
                giE[j] *= giDecay;
                if (learn) {
                    theta[j] *= thetaDecay;
                }
                if (refractoryE[j] == 0 && v > threshold + theta[j] && step - lastSpikeE[j] > lockoutSteps) {
                    spikedE[firedE++] = j;
                }
                double u = vI[j];
                if (refractoryI[j] > 0) {
                    refractoryI[j]--;
                } else {
                    u += membraneI * ((vRestI - u) + geI[j] * (eExc - u) + giI[j] * (eInhI - u));
                    vI[j] = u;
                }
                geI[j] *= geDecay;
                giI[j] *= giDecay;
                if (refractoryI[j] == 0 && u > p.vThreshI()) {
                    spikedI[firedI++] = j;
                }
            }
            if (learn) {
                decayPostTraces();
            }
            if (inputStep >= 0) {
                for (int k = encoder.from(inputStep); k < encoder.to(inputStep); k++) {
                    inputSpike(encoder.input(k), learn);
                }
            }
            for (int s = 0; s < firedE; s++) {
                int j = spikedE[s];
                if (learn) {
                    potentiate(j);
                }
                geI[j] += p.wExcToInh();
            }
            if (firedI > 0) {
                double inhibition = p.wInhToExc() * firedI;
                for (int j = 0; j < n; j++) {
                    giE[j] += inhibition;
                }
                for (int s = 0; s < firedI; s++) {
                    giE[spikedI[s]] -= p.wInhToExc();
                }
            }
            for (int s = 0; s < firedE; s++) {
                int j = spikedE[s];
                vE[j] = p.vResetE();
                refractoryE[j] = refractoryStepsE;
                lastSpikeE[j] = step;
                if (learn) {
                    theta[j] += p.thetaPlus();
                }
                if (inputStep >= 0) {
                    spikes[j]++;
                }
            }
            for (int s = 0; s < firedI; s++) {
                int j = spikedI[s];
                vI[j] = p.vResetI();
                refractoryI[j] = refractoryStepsI;
            }
            return inputStep >= 0 ? firedE : 0;
        }

        private void decayPostTraces() {
            for (int j = 0; j < n; j++) {
                if (post2[j] != 0) {
                    post1[j] = post1[j] * post1Decay;
                    post2[j] = post2[j] * post2Decay;
                    if (post1[j] < TRACE_FLOOR) {
                        post1[j] = 0;
                    }
                    if (post2[j] < TRACE_FLOOR) {
                        post2[j] = 0;
                    }
                }
            }
        }

        private void inputSpike(int i, boolean learn) {
            int row = i * n;
            for (int j = 0; j < n; j++) {
                geE[j] += w[row + j];
            }
            if (!learn) {
                return;
            }
            pre[i] = 1;
            preStep[i] = step;
            double nuPre = p.nuPre();
            int count = 0;
            for (int j = 0; j < n; j++) {
                if (post1[j] != 0) {
                    active[count++] = j;
                }
            }
            for (int a = 0; a < count; a++) {
                int j = active[a];
                int k = row + j;
                w[k] = response(k).apply(w[k], -nuPre * post1[j]);
            }
        }

        private void potentiate(int j) {
            double post2Before = post2[j];
            if (post2Before != 0) {
                double scale = p.nuPost() * post2Before;
                for (int i = 0; i < inputs; i++) {
                    long age = step - preStep[i];
                    if (pre[i] == 0 || age >= preDecay.length) {
                        continue;
                    }
                    int k = i * n + j;
                    w[k] = response(k).apply(w[k], scale * pre[i] * preDecay[(int) age]);
                }
            }
            post1[j] = 1;
            post2[j] = 1;
        }

        /** Scales every neuron's input weights to sum to {@code column_sum}, within each device's range. */
        private void normalise() {
            double[] sums = new double[n];
            for (int i = 0; i < inputs; i++) {
                int row = i * n;
                for (int j = 0; j < n; j++) {
                    sums[j] += w[row + j];
                }
            }
            for (int j = 0; j < n; j++) {
                sums[j] = sums[j] > 0 ? p.columnSum() / sums[j] : 1;
            }
            for (int i = 0; i < inputs; i++) {
                int row = i * n;
                for (int j = 0; j < n; j++) {
                    int k = row + j;
                    w[k] = clamp(w[k] * sums[j], response(k));
                }
            }
        }
    }
}
