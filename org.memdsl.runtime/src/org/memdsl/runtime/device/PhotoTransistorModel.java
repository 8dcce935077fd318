package org.memdsl.runtime.device;

/**
 * Three-terminal optoelectronic synaptic transistor (paper D of docs/papers.md, defect/trap type): light
 * generates carriers that are captured in shallow traps ({@code n1}, released in {@code τ1}) and
 * passed on to deep traps ({@code n2}, released in {@code τ2}); the trapped charge gates the
 * channel, so the drain current at the fixed read bias rises with it. Because the deep traps fill
 * through the shallow ones, longer illumination leaves more charge in the slow population and the
 * decay after the light slows down (STP → LTP). A slow adaptation {@code a} that grows with the
 * square of the irradiance lowers the gain under bright light (visual adaptation). The traps
 * are not of one depth: while light keeps filling them, the trapped carriers settle into deeper
 * levels of the distribution ({@code d} → 1 in {@code τ_d}), and both release times lengthen with
 * {@code d}, so the two time constants of the decay grow with the light's duration and saturate
 * after a few {@code τ_d}; in the dark the depth relaxes as the deep traps empty. The driven
 * terminal is the gate: a negative gate pulse beyond {@code −V_e} empties the traps (erase).
 *
 * <pre>
 *   G      = g·η(λ)·P                            η: relative spectral response, 1 at 532 nm
 *   e      = k_e·(−V_G/V_e − 1)  for V_G &lt; −V_e, else 0
 *   τ1'    = τ1·(1 + γ1·d),  τ2' = τ2·(1 + γ2·d)
 *   dn1/dt = G·(1 − n1) − n1/τ1' − k_t·n1·(1 − n2) − e·n1
 *   dn2/dt = k_t·n1·(1 − n2) − n2/τ2' − e·n2
 *   dd/dt  = (1 − d)/τ_d under light, −d/τ2' in the dark
 *   da/dt  = (a_max·P²/(P² + P_a²) − a)/τ_a
 *   I_D    = I_dark + I_sat·(n1 + n2)·(1 − a)
 * </pre>
 *
 * The two trap populations with their release times are the model usually fitted to the decay of
 * photo-synapses (two-exponential relaxation, τ1 shallow, τ2 deep); the spectral response table and
 * the rates are the paper-D preset, calibrated by the tests that cite docs/papers.md#paper-d.
 */
public final class PhotoTransistorModel implements DeviceModel {

    /** Relative spectral response: wavelengths in m, response relative to 532 nm. */
    public record Spectrum(double[] wavelengths, double[] response) {

        public Spectrum {
            if (wavelengths.length != response.length || wavelengths.length < 2) {
                throw new IllegalArgumentException("a spectrum needs at least two (wavelength, response) points");
            }
        }

        /** Linear interpolation, constant beyond the ends; 0 for no light (wavelength 0). */
        public double at(double wavelength) {
            if (wavelength <= 0) {
                return 0;
            }
            int last = wavelengths.length - 1;
            if (wavelength <= wavelengths[0]) {
                return response[0];
            }
            if (wavelength >= wavelengths[last]) {
                return response[last];
            }
            int i = 0;
            while (wavelengths[i + 1] < wavelength) {
                i++;
            }
            double f = (wavelength - wavelengths[i]) / (wavelengths[i + 1] - wavelengths[i]);
            return response[i] + f * (response[i + 1] - response[i]);
        }
    }

    /** Trap kinetics: generation per W/m² at 532 nm, release times, transfer rate. */
    public record Traps(double generation, double tauShallow, double tauDeep, double transfer) {
    }

    /**
     * Depth distribution: how much longer the shallow and the deep release times get when the traps
     * have settled deepest ({@code γ1}, {@code γ2}), and how fast they settle under light.
     */
    public record Depth(double shallowGain, double deepGain, double time) {
        public static final Depth NONE = new Depth(0, 0, 1);
    }

    /** Adaptation: largest gain loss, irradiance of half effect, time constant. */
    public record Adaptation(double maximum, double irradiance, double time) {
    }

    private final double darkCurrent;
    private final double saturationCurrent;
    private final Traps traps;
    private final Adaptation adaptation;
    private final Depth depth;
    private final Spectrum spectrum;
    private final double eraseVoltage;
    private final double eraseRate;
    private final double drainVoltage;

    /** The drain voltage at which the currents of the presets are given, in V. */
    public static final double REFERENCE_DRAIN = 1.0;

    public PhotoTransistorModel(double darkCurrent, double saturationCurrent, Traps traps, Adaptation adaptation,
            Depth depth, Spectrum spectrum, double eraseVoltage, double eraseRate) {
        this(darkCurrent, saturationCurrent, traps, adaptation, depth, spectrum, eraseVoltage, eraseRate,
                REFERENCE_DRAIN);
    }

    /**
     * @param drainVoltage drain voltage of the read (source grounded); the channel is ohmic, so the
     *        drain current scales with it from the currents given at {@link #REFERENCE_DRAIN}
     */
    public PhotoTransistorModel(double darkCurrent, double saturationCurrent, Traps traps, Adaptation adaptation,
            Depth depth, Spectrum spectrum, double eraseVoltage, double eraseRate, double drainVoltage) {
        this.drainVoltage = drainVoltage;
        this.darkCurrent = darkCurrent;
        this.saturationCurrent = saturationCurrent;
        this.traps = traps;
        this.adaptation = adaptation;
        this.depth = depth;
        this.spectrum = spectrum;
        this.eraseVoltage = eraseVoltage;
        this.eraseRate = eraseRate;
    }

    @Override
    public String[] stateNames() {
        return new String[] { "n_shallow", "n_deep", "adaptation", "depth" };
    }

    @Override
    public double[] initialState() {
        return new double[] { 0, 0, 0, 0 };
    }

    @Override
    public double[] stateScales() {
        return new double[] { 1e-3, 1e-3, 1, 1 };
    }

    @Override
    public void derivatives(double t, double[] state, Drive drive, double[] derivative) {
        double p = drive.intensity();
        double generation = traps.generation() * spectrum.at(drive.wavelength()) * p;
        double erase = drive.voltage() < -eraseVoltage ? eraseRate * (-drive.voltage() / eraseVoltage - 1) : 0;
        double n1 = state[0];
        double n2 = state[1];
        double d = state[3];
        double tauShallow = traps.tauShallow() * (1 + depth.shallowGain() * d);
        double tauDeep = traps.tauDeep() * (1 + depth.deepGain() * d);
        double transfer = traps.transfer() * n1 * (1 - n2);
        derivative[0] = generation * (1 - n1) - n1 / tauShallow - transfer - erase * n1;
        derivative[1] = transfer - n2 / tauDeep - erase * n2;
        derivative[3] = generation > 0 ? (1 - d) / depth.time() : -d / tauDeep;
        double p2 = p * p;
        double target = adaptation.maximum() * p2 / (p2 + adaptation.irradiance() * adaptation.irradiance());
        derivative[2] = (target - state[2]) / adaptation.time();
    }

    @Override
    public double current(double t, double[] state, Drive drive) {
        return drainVoltage / REFERENCE_DRAIN
                * (darkCurrent + saturationCurrent * (state[0] + state[1]) * (1 - state[2]));
    }

    /** The current flows from drain to source; the gate draws none. */
    @Override
    public double currentPathVoltage(Drive drive) {
        return drainVoltage;
    }
}
