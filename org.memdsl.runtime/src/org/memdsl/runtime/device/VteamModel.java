package org.memdsl.runtime.device;

/**
 * VTEAM threshold memristor (Kvatinsky, Ramadan, Friedman &amp; Kolodny, IEEE TCAS-II 62, 786
 * (2015)) with a normalised state {@code w ∈ [0, 1]} (0: ON, 1: OFF) and its linear I–V form.
 *
 * <pre>
 *   dw/dt = k_off·(v/v_off − 1)^α_off     for v ≥ v_off &gt; 0
 *         = 0                              for v_on &lt; v &lt; v_off
 *         = k_on·(v/v_on − 1)^α_on        for v ≤ v_on &lt; 0       (k_on &lt; 0 &lt; k_off)
 *   R(w)  = R_on + (R_off − R_on)·w,       i = v/R(w)
 * </pre>
 *
 * The state stops at the bounds (the "ideal" window of the paper); below both thresholds a read
 * does not disturb the state.
 */
public final class VteamModel implements DeviceModel {

    private final double rOn;
    private final double rOff;
    private final double vOn;
    private final double vOff;
    private final double kOn;
    private final double kOff;
    private final double alphaOn;
    private final double alphaOff;
    private final double initialW;

    public VteamModel(double rOn, double rOff, double vOn, double vOff, double kOn, double kOff, double alphaOn,
            double alphaOff, double initialW) {
        if (!(0 < rOn && rOn < rOff && vOn < 0 && vOff > 0 && kOn <= 0 && kOff >= 0)) {
            throw new IllegalArgumentException(
                    "VTEAM needs 0 < r_on < r_off, v_on < 0 < v_off and k_on <= 0 <= k_off");
        }
        this.rOn = rOn;
        this.rOff = rOff;
        this.vOn = vOn;
        this.vOff = vOff;
        this.kOn = kOn;
        this.kOff = kOff;
        this.alphaOn = alphaOn;
        this.alphaOff = alphaOff;
        this.initialW = initialW;
    }

    public double resistance(double w) {
        return rOn + (rOff - rOn) * w;
    }

    /** {@code dw/dt} at voltage {@code v}, ignoring the bounds. */
    public double rate(double v) {
        if (v >= vOff) {
            return kOff * Math.pow(v / vOff - 1, alphaOff);
        }
        if (v <= vOn) {
            return kOn * Math.pow(v / vOn - 1, alphaOn);
        }
        return 0;
    }

    @Override
    public String[] stateNames() {
        return new String[] { "w" };
    }

    @Override
    public double[] initialState() {
        return new double[] { initialW };
    }

    @Override
    public void derivatives(double t, double[] state, Drive drive, double[] derivative) {
        derivative[0] = StateBounds.rate(state[0], 0, 1, rate(drive.voltage()));
    }

    @Override
    public double current(double t, double[] state, Drive drive) {
        return drive.voltage() / resistance(StateBounds.clamp(state[0], 0, 1));
    }
}
