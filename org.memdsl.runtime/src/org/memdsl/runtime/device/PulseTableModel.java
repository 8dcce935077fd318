package org.memdsl.runtime.device;

/**
 * Pulse-update synapse that follows measured conductance-vs-pulse curves ({@link
 * MeasuredPulseCurves}), interpolated linearly between pulses. The state is the conductance; a
 * potentiating drive ({@code V ≥ V_th}) moves it along the potentiation curve at one pulse per
 * nominal pulse width {@code τ}, a depressing one ({@code V ≤ −V_th}) along the depression curve,
 * each from the point of the curve with the present conductance (the usual look-up of NeuroSim-style
 * simulators), and both stop at the curve's end. {@code I = G·V}.
 *
 * <pre>
 *   P(G)  = position on the curve with conductance G (inverse interpolation)
 *   G(t)  = curve(P(G0) + t/τ)                  under a constant drive past the threshold
 * </pre>
 */
public final class PulseTableModel implements DeviceModel, ConstantDriveSolution {

    private final double[] up;
    private final double[] down;
    private final double threshold;
    private final double pulseWidth;
    private final double initialG;

    public PulseTableModel(MeasuredPulseCurves curves, double threshold, double pulseWidth, double initialG) {
        this.up = curves.potentiation().clone();
        this.down = curves.depression().clone();
        this.threshold = threshold;
        this.pulseWidth = pulseWidth;
        double low = Math.min(up[0], down[down.length - 1]);
        double high = Math.max(up[up.length - 1], down[0]);
        if (!(initialG >= low && initialG <= high)) {
            throw new IllegalArgumentException(String.format(
                    "initial conductance %g S is outside the measured curves [%g S, %g S]", initialG, low, high));
        }
        this.initialG = initialG;
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
    public double[] initialState() {
        return new double[] { initialG };
    }

    @Override
    public double[] stateScales() {
        return new double[] { Math.max(up[up.length - 1], down[0]) };
    }

    private double[] curve(double v) {
        if (v >= threshold) {
            return up;
        }
        if (v <= -threshold) {
            return down;
        }
        return null;
    }

    /** {@code ∫ curve(p) dp} from {@code p0} to {@code p1 ≤ last}, exact for the linear interpolation. */
    static double area(double[] curve, double p0, double p1) {
        double sum = 0;
        double p = p0;
        while (p < p1) {
            double next = Math.min(p1, Math.floor(p) + 1);
            sum += 0.5 * (MeasuredPulseCurves.value(curve, p) + MeasuredPulseCurves.value(curve, next)) * (next - p);
            p = next;
        }
        return sum;
    }

    @Override
    public void derivatives(double t, double[] state, Drive drive, double[] derivative) {
        double[] c = curve(drive.voltage());
        if (c == null) {
            derivative[0] = 0;
            return;
        }
        double p = MeasuredPulseCurves.position(c, state[0]);
        int i = (int) Math.floor(p);
        derivative[0] = i >= c.length - 1 ? 0.0 : (c[i + 1] - c[i]) / pulseWidth;
    }

    @Override
    public void advance(double[] state, Drive drive, double dt, double[] out) {
        double[] c = curve(drive.voltage());
        out[0] = c == null ? state[0]
                : MeasuredPulseCurves.value(c, MeasuredPulseCurves.position(c, state[0]) + dt / pulseWidth);
    }

    @Override
    public double charge(double[] state, Drive drive, double dt) {
        double v = drive.voltage();
        double[] c = curve(v);
        if (c == null) {
            return state[0] * v * dt;
        }
        int last = c.length - 1;
        double p0 = MeasuredPulseCurves.position(c, state[0]);
        double p1 = p0 + dt / pulseWidth;
        double along = pulseWidth * area(c, p0, Math.min(p1, last));
        double held = p1 > last ? c[last] * (p1 - Math.max(p0, last)) * pulseWidth : 0.0;
        return (along + held) * v;
    }

    @Override
    public double current(double t, double[] state, Drive drive) {
        return state[0] * drive.voltage();
    }
}
