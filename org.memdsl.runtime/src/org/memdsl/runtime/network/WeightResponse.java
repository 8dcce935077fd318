package org.memdsl.runtime.network;

/**
 * How a stored synaptic weight takes an update: {@code apply(w, dw)} is the weight after the ideal
 * change {@code dw} was asked for, within {@code [lowest(), highest()]}. An ideal weight just adds
 * and clips; a device weight turns the request into programming pulses and follows its device's
 * nonlinear, bounded response.
 */
public interface WeightResponse {

    double apply(double w, double dw);

    double lowest();

    double highest();

    /** An ideal weight in {@code [0, wMax]}. */
    static WeightResponse clipped(double wMax) {
        return new WeightResponse() {
            @Override
            public double apply(double w, double dw) {
                return Math.max(0, Math.min(wMax, w + dw));
            }

            @Override
            public double lowest() {
                return 0;
            }

            @Override
            public double highest() {
                return wMax;
            }
        };
    }
}
