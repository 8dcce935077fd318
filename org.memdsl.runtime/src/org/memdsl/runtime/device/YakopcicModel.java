package org.memdsl.runtime.device;

/**
 * Generalised memristor model of Yakopcic, Taha, Subramanyam, Pino &amp; Rogers, IEEE Electron
 * Device Lett. 32, 1436 (2011), with a state {@code x ∈ [0, 1]}:
 *
 * <pre>
 *   I     = a1·x·sinh(b·V)                       for V ≥ 0,   a2·x·sinh(b·V) for V &lt; 0
 *   g(V)  = A_p·(e^V − e^(V_p))                   for V &gt; V_p
 *         = −A_n·(e^(−V) − e^(V_n))               for V &lt; −V_n,   0 otherwise
 *   f(x)  = e^(−α_p·(x − x_p))·((x_p − x)/(1 − x_p) + 1)   for g &gt; 0 and x ≥ x_p
 *         = e^(α_n·(x + x_n − 1))·(x/(1 − x_n))            for g &lt; 0 and x ≤ 1 − x_n
 *         = 1                                                otherwise
 *   dx/dt = η·g(V)·f(x)
 * </pre>
 *
 * (voltages in volts inside the exponentials, as in the paper). The defaults are the paper's fit
 * to the Ag-chalcogenide device of Oblea et al.
 */
public final class YakopcicModel implements DeviceModel {

    /** Current coefficients a1, a2 (A) and b (1/V). */
    public record Conduction(double a1, double a2, double b) {
    }

    /** Thresholds V_p, V_n (V), rates A_p, A_n (1/s), window points x_p, x_n and decays α_p, α_n. */
    public record Kinetics(double vp, double vn, double ap, double an, double xp, double xn, double alphaP,
            double alphaN, double eta) {
    }

    private final Conduction conduction;
    private final Kinetics kinetics;
    private final double initialX;

    public YakopcicModel(Conduction conduction, Kinetics kinetics, double initialX) {
        if (!(kinetics.xp() < 1 && kinetics.xn() < 1)) {
            throw new IllegalArgumentException("Yakopcic window needs x_p < 1 and x_n < 1");
        }
        this.conduction = conduction;
        this.kinetics = kinetics;
        this.initialX = initialX;
    }

    /** {@code g(V)} of the paper. */
    public double drive(double v) {
        if (v > kinetics.vp()) {
            return kinetics.ap() * (Math.exp(v) - Math.exp(kinetics.vp()));
        }
        if (v < -kinetics.vn()) {
            return -kinetics.an() * (Math.exp(-v) - Math.exp(kinetics.vn()));
        }
        return 0.0;
    }

    /** {@code f(x)} of the paper for a motion in the direction of {@code g}. */
    public double window(double x, double g) {
        if (g > 0 && x >= kinetics.xp()) {
            double wp = (kinetics.xp() - x) / (1 - kinetics.xp()) + 1;
            return Math.exp(-kinetics.alphaP() * (x - kinetics.xp())) * wp;
        }
        if (g < 0 && x <= 1 - kinetics.xn()) {
            double wn = x / (1 - kinetics.xn());
            return Math.exp(kinetics.alphaN() * (x + kinetics.xn() - 1)) * wn;
        }
        return 1.0;
    }

    @Override
    public String[] stateNames() {
        return new String[] { "x" };
    }

    @Override
    public double[] initialState() {
        return new double[] { initialX };
    }

    @Override
    public void derivatives(double t, double[] state, Drive drive, double[] derivative) {
        double g = drive(drive.voltage());
        double x = StateBounds.clamp(state[0], 0, 1);
        derivative[0] = StateBounds.rate(state[0], 0, 1, kinetics.eta() * g * window(x, g));
    }

    @Override
    public double current(double t, double[] state, Drive drive) {
        double v = drive.voltage();
        double a = v >= 0 ? conduction.a1() : conduction.a2();
        return a * StateBounds.clamp(state[0], 0, 1) * Math.sinh(conduction.b() * v);
    }
}
