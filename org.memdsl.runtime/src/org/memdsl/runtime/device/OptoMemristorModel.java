package org.memdsl.runtime.device;

/**
 * Lateral halide-perovskite opto-memristor with competing inductive and capacitive branches
 * (paper A of docs/papers.md: CsPbBr3 single crystal between SWCNT contacts). Five state variables:
 *
 * <ul>
 * <li>{@code x}, halide ions accumulated at the Schottky contacts; they lower the barrier with a
 * delay, so the current rises during a pulse and a second pulse finds it raised (the "chemical
 * inductor" of Bisquert and co-workers: a conduction that follows the voltage through a
 * first-order kinetic; J. Bisquert, J. Phys. Chem. Lett. 14, 1014 (2023); Gonzales, Guerrero &amp;
 * Bisquert, J. Phys. Chem. C 126, 13560 (2022)). The voltage that drives them is a share
 * {@code 1 − m} of the applied one and a share {@code m} of the interfacial voltage {@code v_c}: the
 * accumulation in the contact's double layer follows the potential drop at the interface, which
 * builds up only as the contact capacitance charges, so short pulses drive the ions less than long
 * ones and a fast train, whose gaps do not discharge the contact, more than a slow one;</li>
 * <li>{@code y}, ions that the accumulated ones feed into slower interfacial sites (a second,
 * slower chemical inductor in series with the first): they lower the barrier by a smaller
 * {@code β_y} and keep a trace of a pulse for tens of milliseconds, after the fast contact ions have
 * gone back;</li>
 * <li>{@code v_c}, the voltage on the contact capacitance, charged through a series resistance in
 * well under a millisecond;</li>
 * <li>{@code v_pc}, the voltage on the light-induced capacitance (the giant photo-capacitance of
 * halide perovskites, linear in irradiance: Juarez-Perez et al., J. Phys. Chem. Lett. 5, 2390
 * (2014), docs/models.md#juarez-perez-2014): a branch whose capacitance and conductance both
 * scale with the photocarrier density, so it carries no current in the dark and charges in tens
 * of milliseconds under light;</li>
 * <li>{@code s}, a slow ionic polarisation that screens the contacts (takes {@code κ·s} of the
 * voltage across them); the ions drift only under a strong field (sinh kinetics, so long trains
 * of large pulses charge it and slow sweeps hardly do), relax by diffusion in {@code τ_s}, and
 * move faster under light (photo-enhanced ion migration).</li>
 * </ul>
 *
 * <pre>
 *   V_x     = (1 − m)·V + m·v_c
 *   x∞      = 1 / (1 + exp(−(|V_x| − V_a)/V_w))
 *   dx/dt   = (x∞ − x)/(τ_on·e^(−|V_x|/V_d)·(1 + γ_L·p))  while x &lt; x∞,   (x∞ − x)/τ_off  otherwise
 *   dy/dt   = (x − y)/τ_y,on  while y &lt; x,   (x − y)/τ_y,off  otherwise
 *   i_c     = (V − v_c)/R_c,                            dv_c/dt = i_c / C
 *   i_pc    = p·(V − v_pc)/R_pc,                        dv_pc/dt = (V − v_pc)/(R_pc·C·γ_C)
 *   i_s     = g_s·(1 + γ_s·p)·V_s·sinh((V − s)/V_s),    ds/dt = i_s/C_s − s/τ_s
 *   I       = G_d·e^(β·x + β_y·y)·(V − κ·s) + G_ph·p·V + i_c + i_pc + i_s
 * </pre>
 *
 * {@code p = P/P_ref} is the irradiance relative to the reference of {@link Light}, {@code β} the
 * barrier lowering at full accumulation in units of kT, and {@code e^(−|V|/V_d)} makes the ions
 * accumulate faster under a stronger field. The photo-capacitance is {@code γ_C·p·C}, charged
 * through {@code R_pc/p}, so its time {@code R_pc·C·γ_C} does not depend on the irradiance. In the
 * dark the inductive branch dominates (paired-pulse facilitation, current rising under a pulse,
 * inverted hysteresis); under light the photocurrent, which the contact barrier does not limit,
 * dilutes the facilitation, the ions accumulate more slowly and the photo-capacitance charges for
 * tens of milliseconds, so a second pulse is depressed and only faster trains potentiate (the BCM
 * threshold slides up).
 */
public final class OptoMemristorModel implements DeviceModel, RelaxingStates {

    private static final String[] STATES = { "x", "v_c", "s", "y", "v_pc" };

    /** Contact (inductive) branch: G_d, β, V_a, V_w, τ_on, V_d, τ_off and the interfacial share m of the ion drive. */
    public record Contact(double darkConductance, double barrierLowering, double activationVoltage,
            double activationWidth, double tauOn, double driftVoltage, double tauOff, double interfacialShare) {
    }

    /** Slow interfacial ions fed by the contact ions: β_y, τ_y,on, τ_y,off. */
    public record Interface(double barrierLowering, double tauOn, double tauOff) {
    }

    /** Capacitive branches: the dark contact capacitance R_c, C and the photo-capacitance's R_pc at P_ref. */
    public record Capacitor(double resistance, double capacitance, double photoResistance) {
    }

    /** Screening polarisation: g_s, V_s, C_s, κ, τ_s. */
    public record Screening(double conductance, double voltage, double capacitance, double share,
            double relaxation) {
    }

    /**
     * Effects of light, each given at the reference irradiance {@code P_ref} and linear in
     * {@code P}: photoconductance {@code G_ph·P_ref}, and the gains {@code γ_L·P_ref},
     * {@code γ_C·P_ref} (the photo-capacitance relative to {@code C}), {@code γ_s·P_ref}.
     */
    public record Light(double referenceIrradiance, double photoconductance, double slowing,
            double capacitanceGain, double screeningGain) {
    }

    private final Contact contact;
    private final Interface interfacial;
    private final Capacitor capacitor;
    private final Screening screening;
    private final Light light;
    private final int[] relaxing;

    public OptoMemristorModel(Contact contact, Interface interfacial, Capacitor capacitor, Screening screening,
            Light light) {
        this.contact = contact;
        this.interfacial = interfacial;
        this.capacitor = capacitor;
        this.screening = screening;
        this.light = light;
        this.relaxing = contact.interfacialShare() == 0 ? new int[] { 0, 1, 4 } : new int[] { 1, 4 };
    }

    @Override
    public String[] stateNames() {
        return STATES.clone();
    }

    @Override
    public String[] stateUnits() {
        return new String[] { "1", "V", "1", "1", "V" };
    }

    @Override
    public double[] initialState() {
        return new double[STATES.length];
    }

    /** Steady-state ion accumulation at the contacts under an ion-driving voltage {@code v}. */
    public double accumulation(double v) {
        return 1.0 / (1.0 + Math.exp(-(Math.abs(v) - contact.activationVoltage()) / contact.activationWidth()));
    }

    /** The voltage that drives the contact ions: {@code (1 − m)·V + m·v_c}. */
    private double ionDrive(double vc, Drive drive) {
        double m = contact.interfacialShare();
        return m == 0 ? drive.voltage() : (1 - m) * drive.voltage() + m * vc;
    }

    @Override
    public void derivatives(double t, double[] state, Drive drive, double[] derivative) {
        double x = state[0];
        double vx = ionDrive(state[1], drive);
        double target = accumulation(vx);
        derivative[0] = (target - x) * contactRate(target, x, vx, drive);
        derivative[1] = (drive.voltage() - state[1]) * capacitorRate();
        derivative[2] = screeningCurrent(state[2], drive) / screening.capacitance() - state[2] / screening.relaxation();
        double y = state[3];
        derivative[3] = (x - y) / (x > y ? interfacial.tauOn() : interfacial.tauOff());
        derivative[4] = (drive.voltage() - state[4]) * photoCapacitorRate();
    }

    /**
     * The capacitor voltages {@code v_c}, {@code v_pc} relax, and so do the contact ions {@code x} when
     * the applied voltage alone drives them ({@code m = 0}); the screening {@code s} and the
     * interfacial ions {@code y}, which follow {@code x}, do not.
     */
    @Override
    public int[] relaxingStates() {
        return relaxing.clone();
    }

    @Override
    public double relaxationTarget(int index, double value, Drive drive) {
        return index == 0 ? accumulation(drive.voltage()) : drive.voltage();
    }

    @Override
    public double relaxationRate(int index, double value, Drive drive) {
        return switch (index) {
            case 0 -> contactRate(accumulation(drive.voltage()), value, drive.voltage(), drive);
            case 1 -> capacitorRate();
            default -> photoCapacitorRate();
        };
    }

    /** 1/τ of the contact ions at {@code x} heading for {@code target} under the ion drive {@code vx}. */
    private double contactRate(double target, double x, double vx, Drive drive) {
        return 1.0 / (target > x
                ? contact.tauOn() * Math.exp(-Math.min(Math.abs(vx) / contact.driftVoltage(), StateBounds.MAX_EXPONENT))
                        * (1.0 + light.slowing() * relative(drive))
                : contact.tauOff());
    }

    private double capacitorRate() {
        return 1.0 / (capacitor.resistance() * capacitor.capacitance());
    }

    private double photoCapacitorRate() {
        return 1.0 / (capacitor.photoResistance() * capacitor.capacitance() * light.capacitanceGain());
    }

    private double relative(Drive drive) {
        return drive.intensity() / light.referenceIrradiance();
    }

    private double capacitiveCurrent(double vc, Drive drive) {
        return (drive.voltage() - vc) / capacitor.resistance();
    }

    private double screeningCurrent(double s, Drive drive) {
        double g = screening.conductance() * (1.0 + light.screeningGain() * relative(drive));
        // the drift's exponent is held at StateBounds.MAX_EXPONENT: a trial stage may overshoot s far past V
        double field = StateBounds.clamp((drive.voltage() - s) / screening.voltage(), -StateBounds.MAX_EXPONENT,
                StateBounds.MAX_EXPONENT);
        return g * screening.voltage() * Math.sinh(field);
    }

    /**
     * Conductance of the contacts, whose barrier the contact ions {@code x} and interfacial ions {@code y}
     * lower. Both are shares of full accumulation and stay within [0, 1] on every trajectory; the clamp
     * keeps an integrator's overshooting trial stage finite (the source-limit solve of a compliance
     * needs a finite current to bracket).
     */
    public double contactConductance(double x, double y) {
        return contact.darkConductance() * Math.exp(contact.barrierLowering() * StateBounds.clamp(x, 0, 1)
                + interfacial.barrierLowering() * StateBounds.clamp(y, 0, 1));
    }

    /** Without the capacitive branches {@code i_c} and {@code i_pc}, which a steady voltage does not drive. */
    @Override
    public double dcCurrent(double[] state, Drive drive) {
        double v = drive.voltage();
        return contactConductance(state[0], state[3]) * (v - screening.share() * state[2])
                + light.photoconductance() * relative(drive) * v + screeningCurrent(state[2], drive);
    }

    /** The DC current and the two capacitive branches {@code i_c}, {@code i_pc}. */
    @Override
    public double current(double t, double[] state, Drive drive) {
        return dcCurrent(state, drive) + capacitiveCurrent(state[1], drive)
                + relative(drive) * (drive.voltage() - state[4]) / capacitor.photoResistance();
    }
}
