package org.memdsl.runtime.network;

import org.memdsl.runtime.device.MeasuredPulseCurves;

/**
 * A weight stored in a device, through the device's conductance-vs-pulse curves: the weight is
 * {@code w = w_max·(G − G_low)/(G_high − G_low)} for the nominal device's range, and an ideal change
 * {@code dw} is {@code dw/w_max·N} pulses (pulse-width modulated, so fractions count) along the
 * potentiation or depression curve from the point with the present conductance, {@code N} being
 * the pulses the nominal device needs for its whole range. A device of the same kind with other
 * curves (device-to-device variation) uses the same mapping and so stores weights in a range of its own.
 */
public final class DeviceWeightCurves implements WeightResponse {

    private final double[] up;
    private final double[] down;
    private final double pulsesPerWeight;
    private final double lowest;
    private final double highest;

    /**
     * @param curves this device's curves in S
     * @param gLow conductance of weight 0 (the nominal device's lowest)
     * @param gHigh conductance of weight {@code wMax} (the nominal device's highest)
     * @param nominalPulses pulses the nominal device takes from {@code gLow} to {@code gHigh}
     */
    public DeviceWeightCurves(MeasuredPulseCurves curves, double gLow, double gHigh, double nominalPulses,
            double wMax) {
        if (!(gHigh > gLow) || !(nominalPulses > 0)) {
            throw new IllegalArgumentException("a device weight needs G_high > G_low and at least one pulse of range");
        }
        double scale = wMax / (gHigh - gLow);
        this.up = toWeights(curves.potentiation(), gLow, scale);
        this.down = toWeights(curves.depression(), gLow, scale);
        this.pulsesPerWeight = nominalPulses / wMax;
        this.lowest = Math.min(up[0], down[down.length - 1]);
        this.highest = Math.max(up[up.length - 1], down[0]);
    }

    /** The nominal device: weight 0 and {@code wMax} are the ends of its own curves. */
    public static DeviceWeightCurves nominal(MeasuredPulseCurves curves, double wMax) {
        return new DeviceWeightCurves(curves, curves.lowest(), curves.highest(), curves.potentiation().length - 1,
                wMax);
    }

    private static double[] toWeights(double[] g, double gLow, double scale) {
        double[] w = new double[g.length];
        for (int k = 0; k < g.length; k++) {
            w[k] = (g[k] - gLow) * scale;
        }
        return w;
    }

    @Override
    public double apply(double w, double dw) {
        if (dw == 0) {
            return w;
        }
        double[] curve = dw > 0 ? up : down;
        double from = MeasuredPulseCurves.position(curve, w);
        return MeasuredPulseCurves.value(curve, from + Math.abs(dw) * pulsesPerWeight);
    }

    @Override
    public double lowest() {
        return lowest;
    }

    @Override
    public double highest() {
        return highest;
    }
}
