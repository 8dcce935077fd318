package org.memdsl.runtime.crossbar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.hipparchus.random.Well19937c;
import org.junit.jupiter.api.Test;
import org.memdsl.runtime.array.Pattern;

/**
 * Denoising by Gaussian-kernel vector–matrix products on a crossbar: with (almost) ideal wires the
 * result is the kernel applied along columns then rows exactly (the analytic product); real wires
 * make it smaller; on a smooth image it raises the PSNR.
 */
class GaussianDenoisingTest {

    private static final int N = 8;

    private static Pattern spot() {
        double[] levels = new double[N * N];
        for (int k = 0; k < levels.length; k++) {
            double r = k / N - 3.5;
            double c = k % N - 3.5;
            levels[k] = Math.exp(-(r * r + c * c) / 8);
        }
        return new Pattern("spot", N, N, levels);
    }

    @Test
    void idealWiresGiveTheAnalyticSmoothing() {
        CrossbarLayout ideal = new CrossbarLayout(N, N, 1e-6, 1e-6, 1e-6, 1e-6);
        Pattern spot = spot();
        CrossbarRun.Denoise d = GaussianDenoising.run(ideal, spot, 1.0, 0.0, 0.1, 1e-4, new Well19937c(1), 0);
        double[][] k = GaussianDenoising.kernel(N, 1.0);
        for (int r = 0; r < N; r++) {
            for (int c = 0; c < N; c++) {
                double expected = 0;
                for (int a = 0; a < N; a++) {
                    for (int b = 0; b < N; b++) {
                        expected += k[r][a] * k[c][b] * spot.levels()[a * N + b];
                    }
                }
                assertEquals(expected, d.denoised()[r * N + c], 1e-6, "pixel " + r + "," + c);
            }
        }
    }

    @Test
    void smoothingANoisyImageRaisesItsPsnr() {
        CrossbarLayout wires = new CrossbarLayout(N, N, 1, 1, 10, 10);
        CrossbarRun.Denoise d = GaussianDenoising.run(wires, spot(), 1.0, 0.15, 0.1, 1e-4, new Well19937c(3), 0);
        assertTrue(d.psnrDenoised() > d.psnrNoisy() + 1, d.psnrNoisy() + " dB → " + d.psnrDenoised() + " dB");
    }
}
