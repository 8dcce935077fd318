package org.memdsl.runtime.device;

import org.memdsl.runtime.catalog.ParameterValues;

/**
 * Forming-free bipolar vacancy-filament cell (paper C of docs/papers.md: Ag/PMMA/(PrPyr)PbI3/PEDOT:PSS/ITO
 * dot cell). Two non-volatile states set the conductance: the filament {@code w ∈ [0, 1]}, which
 * interpolates it logarithmically between the high-resistance state, whose conduction is space-charge
 * limited, and the ohmic low-resistance state; and the interfacial vacancy accumulation {@code a ∈
 * [0, 1]} at the filament's contact, which raises the HRS by up to {@code ρ_h} and lowers the LRS by
 * up to {@code ρ_l} when it is depleted — the gradual, analog part of the switching:
 *
 * <pre>
 *   I       = G · V · (1 + (V/V_tr)²)^((1−w)/2)                   (HRS: ohmic below V_tr, Child's law I ∝ V² above)
 *   ln G    = (1−w)·(ln G_h + a·ln ρ_h) + w·(ln G_on(u) − (1−a)·ln ρ_l)
 *   G_on(u) = G_h·(G_lrs/G_h)^(e^(−u/u_wear))                     (endurance wear: the window closes)
 *   du/dt   = |dw/dt|                                             (switched filament, cumulative)
 *   dw/dt   = k_set·e^((V − V_set)/v_set) + k_grow·(w − w_n)⁺·e^((V − V_grow)/v_grow)   for V &gt; 0
 *           − k_reset·w·e^((|V| − V_reset)/v_reset)                                   for V &lt; 0
 *           − ν0·e^(−E_a/(k_B·T))·w·(1 − w + ε_r)                 (thermally activated rupture: holds, then fails)
 *           − w·(1 − w/w_n)⁺·e^(−|V|/v_hold)/τ_n                  (a sub-critical nucleus dissolves without field)
 *   da/dt   = k_ap·e^((V − V_ap)/v_ap)·(1 − a)                   for V &gt; 0
 *           − k_ad·e^((|V| − V_ad)/v_ad)·a                        for V &lt; 0
 *   I_cell  = I + (V − v_ion)/R_ion + C_geo·dV/dt,   dv_ion/dt = (V − v_ion)/(R_ion·C_ion)
 * </pre>
 *
 * The last line is the small-signal side of a mixed ionic–electronic conductor (the equivalent circuit
 * of J. Jamnik and J. Maier, Phys. Chem. Chem. Phys. 3, 1668 (2001), docs/models.md#jamnik-maier-2001):
 * the electrodes' geometric capacitance {@code C_geo} in parallel with an ionic path {@code R_ion}
 * blocked at the interfaces by {@code C_ion}. At low frequency the ions are blocked and the HRS shows
 * its electronic resistance; above {@code 1/(2π·R_ion·C_ion)} they conduct and the HRS and pristine
 * resistance drops towards {@code R_ion}, the capacitance towards {@code C_geo}; the LRS filament, far
 * below {@code R_ion}, stays flat (paper C's impedance). The branch relaxes in microseconds after an
 * edge ({@link RelaxingStates}: in closed form, so it does not slow long protocols); an ideal step's
 * displacement charge {@code C_geo·ΔV} is not modelled.
 *
 * SET is a steep nucleation (the voltage–time dilemma of filamentary cells: a decade of switching
 * time per few tens of mV, so a 100 ns pulse at 1.25 V switches like a 10 ms step near 0.96 V)
 * followed, once a nucleus {@code w_n} exists, by growth of the filament at a much lower voltage,
 * which goes on under the voltage a current compliance leaves across the cell until that falls to
 * about {@code V_grow}: the compliance sets the LRS ({@code G ≈ I_cc/V_grow}). A nucleus smaller
 * than {@code w_n} is not stable: under a field it is held, without one it dissolves within
 * {@code τ_n}, so separate short pulses each have to nucleate on their own (the abrupt, digital
 * potentiation threshold of a pulse train) while a slow sweep accumulates. RESET, proportional to
 * {@code w}, is gradual; the interfacial state moves at lower fields than the filament, steeply for
 * potentiation and gently for depression — the asymmetric analog programming windows of paper C.
 * Every switching wears the cell: the LRS conductance falls towards the HRS as the switched amount
 * {@code u} (about 2 per cycle) grows past {@code u_wear}. The filament also dissolves spontaneously
 * at a rate {@code ν0·e^(−E_a/kT)}, so retention times follow {@code t ∝ exp(E_a/kT)}, as paper C
 * models them. Parameters are the paper-C preset, calibrated to docs/papers.md#paper-c by the tests that cite it.
 */
public final class BipolarFilamentModel implements DeviceModel, RelaxingStates {

    /** State index of the ionic branch's capacitor voltage. */
    private static final int ION = 3;

    /** {@code w_n}: the filament grows at low voltage only once a nucleus this large has formed. */
    static final double NUCLEUS = 0.05;
    /**
     * The activation exponents saturate here (a set is then over in well under a nanosecond), which
     * keeps strong pulses from making the equations needlessly stiff.
     */
    static final double MAX_EXPONENT = 20;
    /**
     * Within this of a bound, a soft-bounded rate stops shrinking and the state reaches the bound at
     * a constant rate, where it stops: the last 0.1 % of the approach is linear instead of
     * exponential, which keeps fast switching (rates of 10⁹/s under strong pulses) from making the
     * equations stiff.
     */
    static final double BOUND_APPROACH = 1e-3;
    private static final double BOLTZMANN_EV = 8.617333262e-5;

    /**
     * {@code ε_r}: an intact filament ({@code w = 1}) loses atoms only at this fraction of the rate of
     * one with a constriction; the loss speeds up as the filament thins ({@code w·(1 − w + ε_r)}), so
     * a stored state holds and then fails over a short time, as a filament does, rather than fading
     * exponentially from the start (issue 13). Retention times still scale as {@code 1/ν0·e^(E_a/kT)}.
     */
    static final double RUPTURE_ONSET = 1e-3;

    /** Joules per electronvolt (CODATA, exact): activation energies are given in SI, used in eV. */
    static final double ELECTRONVOLT = 1.602176634e-19;

    private final double lnHigh;
    private final double lnOn;
    private final double lnHrsRaise;
    private final double lnLrsDrop;
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
    private final double kAnalogUp;
    private final double vAnalogUp;
    private final double analogUpScale;
    private final double kAnalogDown;
    private final double vAnalogDown;
    private final double analogDownScale;
    private final double nucleusLifetime;
    private final double holdVoltage;
    private final double wear;
    private final double attempt;
    private final double activation;
    private final double initialW;
    private final double initialA;
    private final double geometricCapacitance;
    private final double ionResistance;
    private final double ionCapacitance;

    /** From the values of {@link BipolarFilamentFamily}'s parameters. */
    BipolarFilamentModel(ParameterValues p) {
        if (!(p.get("g_hrs") < p.get("g_lrs"))) {
            throw new IllegalArgumentException("need g_hrs < g_lrs");
        }
        this.lnHigh = Math.log(p.get("g_hrs"));
        this.lnOn = Math.log(p.get("g_lrs"));
        this.lnHrsRaise = Math.log(p.get("rho_hrs"));
        this.lnLrsDrop = Math.log(p.get("rho_lrs"));
        this.transitionVoltage = p.get("v_tr");
        this.kSet = p.get("k_set");
        this.vSet = p.get("v_set");
        this.setScale = p.get("v_set_width");
        this.kGrow = p.get("k_grow");
        this.vGrow = p.get("v_grow");
        this.growScale = p.get("v_grow_width");
        this.kReset = p.get("k_reset");
        this.vReset = p.get("v_reset");
        this.resetScale = p.get("v_reset_width");
        this.kAnalogUp = p.get("k_analog_up");
        this.vAnalogUp = p.get("v_analog_up");
        this.analogUpScale = p.get("v_analog_up_width");
        this.kAnalogDown = p.get("k_analog_down");
        this.vAnalogDown = p.get("v_analog_down");
        this.analogDownScale = p.get("v_analog_down_width");
        this.nucleusLifetime = p.get("tau_nucleus");
        this.holdVoltage = p.get("v_hold");
        this.wear = p.get("u_wear");
        this.attempt = p.get("nu0");
        this.activation = p.get("e_a") / ELECTRONVOLT;
        this.initialW = p.get("w0");
        this.initialA = p.get("a0");
        this.geometricCapacitance = p.get("c_geo");
        this.ionResistance = p.get("r_ion");
        this.ionCapacitance = p.get("c_ion");
    }

    @Override
    public String[] stateNames() {
        return new String[] { "w", "wear", "a", "v_ion" };
    }

    @Override
    public String[] stateUnits() {
        return new String[] { "1", "1", "1", "V" };
    }

    @Override
    public double[] initialState() {
        return new double[] { initialW, 0, initialA, 0 };
    }

    private static double activated(double rate, double overdrive, double scale) {
        return rate * Math.exp(Math.min(overdrive / scale, MAX_EXPONENT));
    }

    @Override
    public void derivatives(double t, double[] state, Drive drive, double[] derivative) {
        double w = StateBounds.clamp(state[0], 0, 1);
        double a = StateBounds.clamp(state[2], 0, 1);
        double v = drive.voltage();
        double rate = 0;
        double analog = 0;
        if (v > 0) {
            rate = activated(kSet, v - vSet, setScale)
                    + kGrow * Math.max(0, w - NUCLEUS) * activated(1, v - vGrow, growScale);
            analog = activated(kAnalogUp, v - vAnalogUp, analogUpScale) * Math.max(1 - a, BOUND_APPROACH);
        } else if (v < 0) {
            rate = -activated(kReset, -v - vReset, resetScale) * Math.max(w, BOUND_APPROACH);
            analog = -activated(kAnalogDown, -v - vAnalogDown, analogDownScale) * Math.max(a, BOUND_APPROACH);
        }
        rate -= attempt * Math.exp(-activation / (BOLTZMANN_EV * drive.temperature())) * w
                * (1 - w + RUPTURE_ONSET);
        if (w < NUCLEUS) {
            rate -= w * (1 - w / NUCLEUS) * Math.exp(-Math.abs(v) / holdVoltage) / nucleusLifetime;
        }
        derivative[0] = StateBounds.rate(state[0], 0, 1, rate);
        derivative[1] = Math.abs(derivative[0]);
        derivative[2] = StateBounds.rate(state[2], 0, 1, analog);
        derivative[ION] = (v - state[ION]) * relaxationRate(ION, state[ION], drive);
    }

    /** The ionic branch's capacitor charges towards the applied voltage through {@code R_ion}. */
    @Override
    public int[] relaxingStates() {
        return new int[] { ION };
    }

    @Override
    public double relaxationTarget(int index, double value, Drive drive) {
        return drive.voltage();
    }

    @Override
    public double relaxationRate(int index, double value, Drive drive) {
        return 1 / (ionResistance * ionCapacitance);
    }

    @Override
    public double[] stateScales() {
        return new double[] { 1, 1, 1, 1 };
    }

    @Override
    public double current(double t, double[] state, Drive drive) {
        return dcCurrent(state, drive) + (drive.voltage() - state[ION]) / ionResistance
                + geometricCapacitance * drive.slope();
    }

    /** The electronic (filament and SCLC) current alone: the capacitive branches carry nothing at DC. */
    @Override
    public double dcCurrent(double[] state, Drive drive) {
        double w = StateBounds.clamp(state[0], 0, 1);
        double a = StateBounds.clamp(state[2], 0, 1);
        double v = drive.voltage();
        double lnLrs = lnHigh + (lnOn - lnHigh) * Math.exp(-state[1] / wear) - (1 - a) * lnLrsDrop;
        double g = Math.exp((1 - w) * (lnHigh + a * lnHrsRaise) + w * lnLrs);
        double r = v / transitionVoltage;
        return g * v * Math.pow(1 + r * r, 0.5 * (1 - w));
    }
}
