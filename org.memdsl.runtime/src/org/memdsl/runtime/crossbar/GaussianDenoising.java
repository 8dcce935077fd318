package org.memdsl.runtime.crossbar;

import org.hipparchus.random.RandomGenerator;
import org.memdsl.runtime.array.Pattern;

/**
 * Image denoising on a crossbar: a Gaussian smoothing kernel {@code K_ij ∝ e^(−(i−j)²/2σ²)}
 * (rows normalised) is held as cell conductances {@code G_ij = g_max·K_ji/max K}, and the noisy
 * image is smoothed along its columns, then along its rows, by vector–matrix products through the
 * array's wires (pixel levels as row voltages, column currents scaled back). PSNR
 * {@code 10·log10(1/MSE)} against the clean pattern before and after.
 */
final class GaussianDenoising {

    private GaussianDenoising() {
    }

    static CrossbarRun.Denoise run(CrossbarLayout layout, Pattern clean, double sigma, double noise, double voltage,
            double gMax, RandomGenerator random, int step) {
        int n = layout.rows();
        if (layout.columns() != n || clean.rows() != n || clean.columns() != n) {
            throw new IllegalArgumentException("step " + (step + 1) + ": denoising needs a square crossbar and a "
                    + "pattern of its size, not " + clean.rows() + "×" + clean.columns() + " on " + n + "×"
                    + layout.columns());
        }
        double[][] kernel = kernel(n, sigma);
        double largest = 0;
        for (double[] row : kernel) {
            for (double k : row) {
                largest = Math.max(largest, k);
            }
        }
        CellElement[] cells = new CellElement[n * n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                cells[i * n + j] = new LinearCell(gMax * kernel[j][i] / largest);
            }
        }
        CrossbarSolver solver = new CrossbarSolver(layout);
        double scale = largest / (gMax * voltage);
        double[] noisy = new double[n * n];
        for (int k = 0; k < noisy.length; k++) {
            noisy[k] = Math.min(1, Math.max(0, clean.levels()[k] + noise * random.nextGaussian()));
        }
        double[] columnsSmoothed = new double[n * n];
        for (int c = 0; c < n; c++) {
            double[] inputs = new double[n];
            for (int r = 0; r < n; r++) {
                inputs[r] = voltage * noisy[r * n + c];
            }
            double[] out = solver.solve(cells, inputs, new double[n]).senseCurrents();
            for (int r = 0; r < n; r++) {
                columnsSmoothed[r * n + c] = out[r] * scale;
            }
        }
        double[] denoised = new double[n * n];
        for (int r = 0; r < n; r++) {
            double[] inputs = new double[n];
            for (int c = 0; c < n; c++) {
                inputs[c] = voltage * columnsSmoothed[r * n + c];
            }
            double[] out = solver.solve(cells, inputs, new double[n]).senseCurrents();
            for (int c = 0; c < n; c++) {
                denoised[r * n + c] = Math.min(1, Math.max(0, out[c] * scale));
            }
        }
        return new CrossbarRun.Denoise(step, clean, noisy, denoised, psnr(clean.levels(), noisy),
                psnr(clean.levels(), denoised));
    }

    /** Row-normalised Gaussian kernel of width {@code sigma} pixels. */
    static double[][] kernel(int n, double sigma) {
        double[][] k = new double[n][n];
        for (int i = 0; i < n; i++) {
            double sum = 0;
            for (int j = 0; j < n; j++) {
                k[i][j] = Math.exp(-(i - j) * (i - j) / (2 * sigma * sigma));
                sum += k[i][j];
            }
            for (int j = 0; j < n; j++) {
                k[i][j] /= sum;
            }
        }
        return k;
    }

    /** Peak signal-to-noise ratio in dB for levels in [0, 1]. */
    static double psnr(double[] reference, double[] image) {
        double mse = 0;
        for (int k = 0; k < reference.length; k++) {
            mse += (reference[k] - image[k]) * (reference[k] - image[k]);
        }
        mse /= reference.length;
        return mse == 0 ? Double.POSITIVE_INFINITY : 10 * Math.log10(1 / mse);
    }
}
