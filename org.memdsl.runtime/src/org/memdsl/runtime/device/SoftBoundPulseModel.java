package org.memdsl.runtime.device;

/**
 * Pulse-update synapse with the nonlinear, saturating LTP/LTD curves of NeuroSim (Chen, Peng &amp;
 * Yu, IEEE TCAD 37, 3067 (2018)), written as a continuous-time model so the engine can drive it
 * with any waveform.
 *
 * <pre>
 *   NeuroSim, per pulse P:  G_LTP(P) = B_p·(1 − e^(−P/A_p)) + G_min,   B_p = (G_max − G_min)/(1 − e^(−P_max/A_p))
 *                           G_LTD(n) = G_max − B_d·(1 − e^(−n/A_d)),   B_d = (G_max − G_min)/(1 − e^(−P_max/A_d))
 *   here, per unit time:    dG/dt = (G_min + B_p − G)/(A_p·τ)   while V ≥ +V_th
 *                           dG/dt = (G_max − B_d − G)/(A_d·τ)   while V ≤ −V_th
 *                           I = G·V
 * </pre>
 *
 * {@code τ} is the nominal pulse width: a pulse of that width at or above the threshold moves the
 * conductance exactly one step along the NeuroSim curve, whatever the conductance is, because
 * {@code dG/dP} of each curve depends on {@code G} only. Below the threshold (read pulses) the
 * state holds. Small {@code A} means strongly nonlinear updates, large {@code A} nearly linear.
 */
public final class SoftBoundPulseModel implements DeviceModel, ConstantDriveSolution {

    private final double gMin;
    private final double gMax;
    private final double initialG;
    private final double threshold;
    private final double pulseWidth;
    private final double shapeLtp;
    private final double shapeLtd;
    private final double targetLtp;
    private final double targetLtd;

    public SoftBoundPulseModel(double gMin, double gMax, double initialG, double threshold, double pulseWidth,
            double states, double shapeLtp, double shapeLtd) {
        if (!(0 < gMin && gMin < gMax && gMin <= initialG && initialG <= gMax)) {
            throw new IllegalArgumentException("need 0 < g_min <= g0 <= g_max and g_min < g_max");
        }
        this.gMin = gMin;
        this.gMax = gMax;
        this.initialG = initialG;
        this.threshold = threshold;
        this.pulseWidth = pulseWidth;
        this.shapeLtp = shapeLtp;
        this.shapeLtd = shapeLtd;
        this.targetLtp = gMin + (gMax - gMin) / (1 - Math.exp(-states / shapeLtp));
        this.targetLtd = gMax - (gMax - gMin) / (1 - Math.exp(-states / shapeLtd));
    }

    /** NeuroSim's potentiation curve: conductance after {@code p} pulses from {@code G_min}. */
    public double ltpCurve(double p) {
        return gMin + (targetLtp - gMin) * (1 - Math.exp(-p / shapeLtp));
    }

    /** NeuroSim's depression curve: conductance after {@code n} pulses from {@code G_max}. */
    public double ltdCurve(double n) {
        return gMax - (gMax - targetLtd) * (1 - Math.exp(-n / shapeLtd));
    }

    @Override
    public String[] stateNames() {
        return new String[] { "g" };
    }

    @Override
    public String[] stateUnits() {
        return new String[] { "S" };
    }

    @Override
    public double[] stateScales() {
        return new double[] { gMax };
    }

    @Override
    public double[] initialState() {
        return new double[] { initialG };
    }

    @Override
    public void derivatives(double t, double[] state, Drive drive, double[] derivative) {
        double g = state[0];
        double v = drive.voltage();
        double rate = 0;
        if (v >= threshold) {
            rate = (targetLtp - g) / (shapeLtp * pulseWidth);
        } else if (v <= -threshold) {
            rate = (targetLtd - g) / (shapeLtd * pulseWidth);
        }
        derivative[0] = StateBounds.rate(g, gMin, gMax, rate);
    }

    /**
     * Under a constant voltage past the threshold {@code G} relaxes exponentially towards the
     * curve's target {@code T} with time constant {@code k = A·τ} until it reaches the bound it
     * heads for, then holds: {@code G(t) = T − (T − G0)·e^(−t/k)} for {@code t < t*}, with
     * {@code t* = k·ln((T − G0)/(T − G_bound))}.
     */
    @Override
    public void advance(double[] state, Drive drive, double dt, double[] out) {
        out[0] = conductanceAfter(state[0], drive.voltage(), dt);
    }

    @Override
    public double charge(double[] state, Drive drive, double dt) {
        double v = drive.voltage();
        double g0 = StateBounds.clamp(state[0], gMin, gMax);
        double target;
        double k;
        double bound;
        if (v >= threshold) {
            target = targetLtp;
            k = shapeLtp * pulseWidth;
            bound = gMax;
        } else if (v <= -threshold) {
            target = targetLtd;
            k = shapeLtd * pulseWidth;
            bound = gMin;
        } else {
            return g0 * v * dt;
        }
        double moving = Math.min(dt, timeToBound(g0, target, k, bound));
        double integral = target * moving - (target - g0) * k * -Math.expm1(-moving / k) + bound * (dt - moving);
        return integral * v;
    }

    private double conductanceAfter(double g, double v, double dt) {
        double g0 = StateBounds.clamp(g, gMin, gMax);
        if (v >= threshold) {
            return Math.min(gMax, targetLtp - (targetLtp - g0) * Math.exp(-dt / (shapeLtp * pulseWidth)));
        }
        if (v <= -threshold) {
            return Math.max(gMin, targetLtd - (targetLtd - g0) * Math.exp(-dt / (shapeLtd * pulseWidth)));
        }
        return g;
    }

    private static double timeToBound(double g0, double target, double k, double bound) {
        if (g0 == bound) {
            return 0.0;
        }
        return k * Math.log((target - g0) / (target - bound));
    }

    @Override
    public double current(double t, double[] state, Drive drive) {
        return StateBounds.clamp(state[0], gMin, gMax) * drive.voltage();
    }
}
