package org.memdsl.runtime.device;

/**
 * Linear ion-drift memristor (Strukov, Snider, Stewart &amp; Williams, Nature 453, 80 (2008)) with
 * the optional Joglekar window (Joglekar &amp; Wolf, Eur. J. Phys. 30, 661 (2009)).
 *
 * <pre>
 *   R(w)  = R_on·w + R_off·(1 − w),            w ∈ [0, 1]
 *   i     = v / R(w)
 *   dw/dt = (µ_v·R_on / D²) · i · F(w),         F(w) = 1 − (2w − 1)^(2p)   (F ≡ 1 when p = 0)
 * </pre>
 *
 * With {@code p = 0} and a constant voltage the state has the closed form used by the tests:
 * {@code R_off·w − ΔR·w²/2 = k·v·t + const}, {@code k = µ_v·R_on/D²}. The state is held inside
 * [0, 1] by stopping the drift at the bounds.
 */
public final class LinearIonDriftModel implements DeviceModel {

    private final double rOn;
    private final double rOff;
    private final double driftRate;
    private final double initialW;
    private final int windowExponent;

    public LinearIonDriftModel(double rOn, double rOff, double thickness, double mobility, double initialW,
            int windowExponent) {
        if (!(rOn > 0 && rOff > rOn)) {
            throw new IllegalArgumentException("need 0 < r_on < r_off, got r_on=" + rOn + ", r_off=" + rOff);
        }
        this.rOn = rOn;
        this.rOff = rOff;
        this.driftRate = mobility * rOn / (thickness * thickness);
        this.initialW = initialW;
        this.windowExponent = windowExponent;
    }

    @Override
    public String[] stateNames() {
        return new String[] { "w" };
    }

    @Override
    public double[] initialState() {
        return new double[] { initialW };
    }

    public double resistance(double w) {
        return rOn * w + rOff * (1.0 - w);
    }

    /** The drift constant {@code k = µ_v·R_on/D²} in 1/(A·s). */
    public double driftRate() {
        return driftRate;
    }

    @Override
    public void derivatives(double t, double[] state, Drive drive, double[] derivative) {
        double w = state[0];
        derivative[0] = StateBounds.rate(w, 0, 1, driftRate * current(t, state, drive) * window(w));
    }

    @Override
    public double current(double t, double[] state, Drive drive) {
        return drive.voltage() / resistance(StateBounds.clamp(state[0], 0, 1));
    }

    private double window(double w) {
        if (windowExponent == 0) {
            return 1.0;
        }
        return 1.0 - Math.pow(2.0 * w - 1.0, 2 * windowExponent);
    }
}
