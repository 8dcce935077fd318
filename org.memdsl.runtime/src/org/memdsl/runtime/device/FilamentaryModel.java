package org.memdsl.runtime.device;

import java.util.List;

import org.hipparchus.random.RandomGenerator;

/**
 * Stochastic threshold filamentary cell (paper B of docs/papers.md: MAPbI3 crosspoint synapse, a
 * conductive filament that forms and ruptures). Phenomenological, after the VTEAM idea of
 * strongly voltage-activated state change (Kvatinsky et al., IEEE TCAS-II 62, 786 (2015)) with
 * an exponential (ion-hopping) voltage dependence.
 *
 * <pre>
 *   G      = G_off·(G_on,c/G_off)^x                     (log interpolation: pulses raise I roughly exponentially)
 *   u      = π·V   (π = ±1, the filament's polarity; |V| while the cell is still virgin, π = 0)
 *   dx/dt  = a_set·η·(e^((u − p − δ_set)/v_set) − e^(−δ_set/v_set))  for u &gt; 0
 *          − a_reset·(e^((|u| − δ_reset)/v_reset) − e^(−δ_reset/v_reset))  for u &lt; 0
 *          − min(λ·(1 − x + ε)², c_max)                 (spontaneous dissolution: slow while the filament
 *                                                        is whole, then accelerating: retention)
 *   dp/dt  = (κ_f·max(u, 0) − p)/τ   (τ = τ_f while p builds up, τ_r while it relaxes: growth-front polarisation)
 *   I      = G·V
 * </pre>
 *
 * Growth front: under a set drive mobile ions pile up at the growing tip and build a voltage
 * {@code p} that opposes the drive, up to a share {@code κ_f} of it within {@code τ_f}, and relaxes
 * within {@code τ_r} once the drive is off (the volatile back-field behind short-term plasticity in halide
 * perovskites). A weak pulse therefore grows the filament mostly in its first {@code τ_f}: ten 80 ms
 * pulses grow it about as much as ten 55 ms ones (docs/papers.md#paper-b: 0.1 → 8 nA and 0.1 → 10 nA),
 * while a 2 V/s sweep, where {@code p} lags the ramp, still sets near 0.16 V. Per pulse, the growth
 * efficiency {@code η} is drawn at the pulse's rising edge ({@link #atEdge}): the increase is roughly
 * exponential but "not every pulse the same relative step" (paper B).
 *
 * Cycle-to-cycle variation: when the filament completes ({@code x} rises through 0.98) the reset
 * shift {@code δ_reset} is drawn from N(0, σ_reset²); when it is dissolved ({@code x} falls through
 * 0.02) the set shift {@code δ_set} is drawn from N(0, σ_set²) and the ON conductance of the next
 * cycle from a log-normal around {@code G_on} (all normals truncated at ±1.3 σ). The draws are
 * state variables that change only at these events, so the model stays a pure function of its state.
 *
 * Preferential switching in the first-swept direction (docs/papers.md#paper-b: "symmetric device, but switches
 * preferentially in the direction of the first sweep"): a virgin cell sets under either polarity;
 * the polarity under which its first filament grows past {@code x = 0.1} is kept ({@code polarity}
 * state, fixed by a device event), and from then on it sets only in that direction and resets in
 * the other.
 */
public final class FilamentaryModel implements DeviceModel {

    /**
     * Draws are truncated at this many standard deviations: a cell whose threshold lands beyond the
     * sweep range would never switch again (its next draw comes only with its next switch).
     */
    static final double TRUNCATION = 1.3;

    static final double FORMED = 0.98;
    static final double DISSOLVED = 0.02;
    /** A virgin cell's filament takes the polarity of the voltage that grows it past this state. */
    static final double NUCLEATED = 0.1;

    /**
     * A step of the drive larger than this (V) is a pulse's edge; a continuous sweep passing a
     * breakpoint is not.
     */
    static final double EDGE = 1e-6;

    /** State indices. */
    private static final int X = 0;
    private static final int DELTA_SET = 1;
    private static final int DELTA_RESET = 2;
    private static final int LN_G_ON = 3;
    /** +1 while waiting for the filament to form, −1 while waiting for it to dissolve. */
    private static final int PHASE = 4;
    /** 0 while virgin, then the sign of the voltage that completed the first filament. */
    private static final int POLARITY = 5;
    /** Growth-front polarisation, a voltage opposing the set drive. */
    private static final int FRONT = 6;
    /** ln of this pulse's growth efficiency, drawn at every pulse's rising edge. */
    private static final int PULSE_GAIN = 7;

    private final double gOff;
    private final double gOn;
    private final double aSet;
    private final double vSet;
    private final double aReset;
    private final double vReset;
    private final double lambda;
    private final double epsilon;
    private final double maxDecay;
    private final double sigmaSet;
    private final double sigmaReset;
    private final double sigmaLnGOn;
    private final double initialX;
    private final Front front;

    /**
     * Growth-front polarisation: share {@code κ_f} of the set drive it builds up to, its build-up time
     * {@code τ_f} and relaxation time {@code τ_r}, and the spread {@code σ_p} of the log growth
     * efficiency drawn for every pulse.
     */
    public record Front(double share, double buildUp, double relaxation, double sigmaPulse) {
        public Front {
            if (!(share >= 0 && share < 1 && buildUp > 0 && relaxation > 0 && sigmaPulse >= 0)) {
                throw new IllegalArgumentException(
                        "need 0 <= kappa_front < 1, tau_front > 0, tau_front_relax > 0 and sigma_pulse >= 0");
            }
        }
    }

    public FilamentaryModel(double gOff, double gOn, double aSet, double vSet, double aReset, double vReset,
            double lambda, double epsilon, double maxDecay, double sigmaSet, double sigmaReset, double sigmaLnGOn,
            double initialX, Front front) {
        if (!(0 < gOff && gOff < gOn)) {
            throw new IllegalArgumentException("need 0 < g_off < g_on");
        }
        this.gOff = gOff;
        this.gOn = gOn;
        this.aSet = aSet;
        this.vSet = vSet;
        this.aReset = aReset;
        this.vReset = vReset;
        this.lambda = lambda;
        this.epsilon = epsilon;
        this.maxDecay = maxDecay;
        this.sigmaSet = sigmaSet;
        this.sigmaReset = sigmaReset;
        this.sigmaLnGOn = sigmaLnGOn;
        this.initialX = initialX;
        this.front = front;
    }

    @Override
    public String[] stateNames() {
        return new String[] { "x", "delta_set", "delta_reset", "ln_g_on", "phase", "polarity", "front",
            "ln_pulse_gain" };
    }

    /**
     * The set and reset shifts and the front are voltages; {@code ln_g_on} is the natural log of a
     * conductance in S.
     */
    @Override
    public String[] stateUnits() {
        return new String[] { "1", "V", "V", "1", "1", "1", "V", "1" };
    }

    @Override
    public double[] initialState() {
        boolean formed = initialX >= FORMED;
        return new double[] { initialX, 0, 0, Math.log(gOn), formed ? -1 : 1, formed ? 1 : 0, 0, 0 };
    }

    public double conductance(double[] state) {
        double x = StateBounds.clamp(state[X], 0, 1);
        return gOff * Math.exp(x * (state[LN_G_ON] - Math.log(gOff)));
    }

    @Override
    public void derivatives(double t, double[] state, Drive drive, double[] derivative) {
        double x = state[X];
        double v = drive.voltage();
        double u = state[POLARITY] == 0 ? Math.abs(v) : state[POLARITY] * v;
        double rate = 0;
        if (u > 0) {
            rate = aSet * Math.exp(state[PULSE_GAIN]) * (activated(u - state[FRONT] - state[DELTA_SET], vSet)
                    - activated(-state[DELTA_SET], vSet));
        } else if (u < 0) {
            rate = -aReset * (activated(-u - state[DELTA_RESET], vReset) - activated(-state[DELTA_RESET], vReset));
        }
        double gap = 1 - StateBounds.clamp(x, 0, 1) + epsilon;
        rate -= Math.min(lambda * gap * gap, maxDecay);
        derivative[X] = StateBounds.rate(x, 0, 1, rate);
        derivative[DELTA_SET] = 0;
        derivative[DELTA_RESET] = 0;
        derivative[LN_G_ON] = 0;
        derivative[PHASE] = 0;
        derivative[POLARITY] = 0;
        double target = front.share() * Math.max(u, 0);
        derivative[FRONT] = (target - state[FRONT]) / (target > state[FRONT] ? front.buildUp() : front.relaxation());
        derivative[PULSE_GAIN] = 0;
    }

    /**
     * A pulse's rising edge ({@code |V|} steps up by more than {@link #EDGE}) draws its growth
     * efficiency: ln η ~ N(−σ_p²/2, σ_p²), truncated like the other draws, so η averages about 1 and no
     * two pulses grow the filament by the same factor.
     */
    @Override
    public double[] atEdge(double t, double[] state, Drive before, Drive after, RandomGenerator random) {
        if (front.sigmaPulse() == 0 || !(Math.abs(after.voltage()) > Math.abs(before.voltage()) + EDGE)) {
            return state;
        }
        double[] next = state.clone();
        double sigma = front.sigmaPulse();
        next[PULSE_GAIN] = sigma * truncatedGaussian(random) - 0.5 * sigma * sigma;
        return next;
    }

    /**
     * {@code e^(v/scale)} with the exponent held at {@link StateBounds#MAX_EXPONENT} (the rates of a
     * ±0.2 V sweep stay below it): beyond it a switching is over
     * in far less than any step, and a volt across a millivolt scale would overflow the integrator's
     * error norm.
     */
    private static double activated(double v, double scale) {
        return Math.exp(Math.min(v / scale, StateBounds.MAX_EXPONENT));
    }

    @Override
    public double current(double t, double[] state, Drive drive) {
        return conductance(state) * drive.voltage();
    }

    @Override
    public double[] stateScales() {
        return new double[] { 1, 0.1, 0.1, 1, 1, 1, 0.1, 1 };
    }

    @Override
    public List<DeviceEvent> events() {
        return List.of(new DeviceEvent() {
            @Override
            public double g(double t, double[] state, Drive drive) {
                if (state[PHASE] < 0) {
                    return DISSOLVED - state[X];
                }
                return state[POLARITY] == 0 ? state[X] - NUCLEATED : state[X] - FORMED;
            }

            @Override
            public double[] apply(double t, double[] state, Drive drive, RandomGenerator random) {
                double[] next = state.clone();
                if (state[PHASE] > 0 && state[POLARITY] == 0) {
                    next[POLARITY] = drive.voltage() < 0 ? -1 : 1;
                    return next;
                }
                if (state[PHASE] > 0) {
                    next[DELTA_RESET] = sigmaReset * truncatedGaussian(random);

                } else {
                    next[DELTA_SET] = sigmaSet * truncatedGaussian(random);
                    next[LN_G_ON] = Math.log(gOn) + sigmaLnGOn * truncatedGaussian(random);
                }
                next[PHASE] = -state[PHASE];
                return next;
            }
        });
    }

    /** Standard normal draw, redrawn until within ±{@link #TRUNCATION}. */
    private static double truncatedGaussian(RandomGenerator random) {
        double z;
        do {
            z = random.nextGaussian();
        } while (Math.abs(z) > TRUNCATION);
        return z;
    }
}
