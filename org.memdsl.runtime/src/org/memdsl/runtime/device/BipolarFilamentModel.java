package org.memdsl.runtime.device;

/**
 * Forming-free bipolar vacancy-filament cell (paper C of SEEDS.md: Ag/PMMA/(PrPyr)PbI3/PEDOT:PSS/ITO
 * dot cell). The filament state {@code w ∈ [0, 1]} interpolates the conductance logarithmically
 * between the high-resistance state, whose conduction is space-charge limited, and the ohmic
 * low-resistance state:
 *
 * <pre>
 *   I      = G_h^(1−w)·G_on(u)^w · V · (1 + (V/V_tr)²)^((1−w)/2)  (HRS: ohmic below V_tr, Child's law I ∝ V² above)
 *   G_on(u) = G_h·(G_lrs/G_h)^(e^(−u/u_wear))                     (endurance wear: the window closes)
 *   du/dt  = |dw/dt|                                              (switched filament, cumulative)
 *   dw/dt  = k_set·exp((V − V_set)/v_set) + k_grow·(w − w_n)⁺·exp((V − V_grow)/v_grow)   for V &gt; 0
 *          − k_reset·w·exp((|V| − V_reset)/v_reset)                              for V &lt; 0
 *          − ν0·exp(−E_a/(k_B·T))·w                                              (thermally activated retention loss)
 * </pre>
 *
 * SET is a steep nucleation (the voltage–time dilemma of filamentary cells: a decade of switching
 * time per few tens of mV, so a 100 ns pulse at 1.25 V switches like a 10 ms step near 0.96 V)
 * followed, once a nucleus {@code w_n} exists, by growth of the filament at a much lower voltage, which goes on under the
 * voltage a current compliance leaves across the cell until that falls to about {@code V_grow}:
 * the compliance sets the LRS ({@code G ≈ I_cc/V_grow}). RESET, proportional to {@code w}, is
 * gradual (the asymmetry of paper C's programming windows). Every switching wears the cell: the
 * LRS conductance falls towards the HRS as the switched amount {@code u} (about 2 per cycle) grows
 * past {@code u_wear}. The filament also dissolves spontaneously at a rate {@code ν0·e^(−E_a/kT)},
 * so retention times follow {@code t ∝ exp(E_a/kT)}, as paper C models them. Parameters are the paper-C preset, calibrated to SEEDS.md C by the tests that cite it.
 */
public final class BipolarFilamentModel implements DeviceModel {

    /** {@code w_n}: the filament grows at low voltage only once a nucleus this large has formed. */
    static final double NUCLEUS = 0.05;
    /**
     * The activation exponents saturate here (a set is then over in well under a nanosecond), which
     * keeps strong pulses from making the equations needlessly stiff.
     */
    static final double MAX_EXPONENT = 20;
    private static final double BOLTZMANN_EV = 8.617333262e-5;

    private final double gHigh;
    private final double gOn;
    private final double transitionVoltage;
    private final double kSet;
    private final double vSet;
    private final double setScale;
    private final double kGrow;
    private final double vGrow;
    private final double growScale;
    private final double kReset;
    private final double vReset;
    private final double resetScale;
    private final double initialW;
    private final double wear;
    private final double attempt;
    private final double activation;

    public BipolarFilamentModel(double gHigh, double gOn, double transitionVoltage, double kSet, double vSet,
            double setScale, double kGrow, double vGrow, double growScale, double kReset, double vReset,
            double resetScale, double wear, double attempt, double activation, double initialW) {
        if (!(0 < gHigh && gHigh < gOn)) {
            throw new IllegalArgumentException("need 0 < g_hrs < g_lrs");
        }
        this.gHigh = gHigh;
        this.gOn = gOn;
        this.transitionVoltage = transitionVoltage;
        this.kSet = kSet;
        this.vSet = vSet;
        this.setScale = setScale;
        this.kGrow = kGrow;
        this.vGrow = vGrow;
        this.growScale = growScale;
        this.kReset = kReset;
        this.vReset = vReset;
        this.resetScale = resetScale;
        this.initialW = initialW;
        this.wear = wear;
        this.attempt = attempt;
        this.activation = activation;
    }

    @Override
    public String[] stateNames() {
        return new String[] { "w", "wear" };
    }

    @Override
    public double[] initialState() {
        return new double[] { initialW, 0 };
    }

    @Override
    public void derivatives(double t, double[] state, Drive drive, double[] derivative) {
        double w = StateBounds.clamp(state[0], 0, 1);
        double v = drive.voltage();
        double rate = 0;
        if (v > 0) {
            rate = kSet * Math.exp(Math.min((v - vSet) / setScale, MAX_EXPONENT))
                    + kGrow * Math.max(0, w - NUCLEUS) * Math.exp(Math.min((v - vGrow) / growScale, MAX_EXPONENT));
        } else if (v < 0) {
            rate = -kReset * w * Math.exp((-v - vReset) / resetScale);
        }
        rate -= attempt * Math.exp(-activation / (BOLTZMANN_EV * drive.temperature())) * w;
        derivative[0] = StateBounds.rate(state[0], 0, 1, rate);
        derivative[1] = Math.abs(derivative[0]);
    }

    @Override
    public double[] stateScales() {
        return new double[] { 1, 1 };
    }

    @Override
    public double current(double t, double[] state, Drive drive) {
        double w = StateBounds.clamp(state[0], 0, 1);
        double v = drive.voltage();
        double lnOn = Math.log(gHigh) + (Math.log(gOn) - Math.log(gHigh)) * Math.exp(-state[1] / wear);
        double g = Math.exp((1 - w) * Math.log(gHigh) + w * lnOn);
        double r = v / transitionVoltage;
        return g * v * Math.pow(1 + r * r, 0.5 * (1 - w));
    }
}
