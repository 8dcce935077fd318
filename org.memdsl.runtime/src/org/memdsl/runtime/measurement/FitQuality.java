package org.memdsl.runtime.measurement;

/** How well fitted values describe measured ones: the coefficient of determination R². */
final class FitQuality {

    private FitQuality() {
    }

    /** {@code 1 − SS_res/SS_tot}; NaN when the data have no variance to explain. */
    static double rSquared(double[] measured, double[] fitted) {
        double mean = 0;
        for (double v : measured) {
            mean += v / measured.length;
        }
        double residual = 0;
        double total = 0;
        for (int i = 0; i < measured.length; i++) {
            residual += (measured[i] - fitted[i]) * (measured[i] - fitted[i]);
            total += (measured[i] - mean) * (measured[i] - mean);
        }
        return total > 0 ? 1 - residual / total : Double.NaN;
    }
}
