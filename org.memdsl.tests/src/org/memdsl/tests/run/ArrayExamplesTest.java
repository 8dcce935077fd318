package org.memdsl.tests.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.OptionalLong;

import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.memdsl.run.SpecRunner;
import org.memdsl.tests.MemDslInjectorProvider;

import com.google.inject.Inject;

/**
 * The array examples run end to end from their {@code .mem} files and give the papers' array
 * figures. Paper C (docs/papers.md#paper-c): N, T and U written in turn on the 16×16 crossbar with
 * ±1.5 V through V/2 and read at 0.05 V with the other lines grounded show the letter (every written
 * cell at least 10× every other; seen ≈ 480–960×), with an LRS/HRS ratio in the paper's 10⁴–10⁶
 * (median; seen 1.1·10⁴ with 20 % device-to-device spread); read with floating lines the passive
 * array loses the letter to sneak paths (contrast < 1) while the 1S1R array keeps it. Paper D
 * (docs/papers.md#paper-d, docs/calibration.md#photo_transistor): the "8" gains contrast with the
 * pulses, the "X" adapts (CCR 1.68 dim, 0.74 bright, ± 0.15), 405/532/635 nm give 588/202/98 pA
 * (± 10 %), and the crossbar's Gaussian kernel raises the PSNR of a noisy image.
 */
@Tag("slow")
@ExtendWith(InjectionExtension.class)
@InjectWith(MemDslInjectorProvider.class)
class ArrayExamplesTest {

    private static final SpecRunner.Progress QUIET = (e, i, n, f) -> {
    };

    @Inject
    private SpecRunner runner;

    @Test
    void paperCLettersReadBackAndSneakPathsNeedASelector(@TempDir Path out) throws Exception {
        runner.run(Path.of("../examples/paper-c-crossbar.mem"), out, OptionalLong.empty(), QUIET);
        Path errors = out.resolve("letters/write_error.csv");
        double[] contrast = ResultFiles.column(errors, "contrast");
        double[] wrong = ResultFiles.column(errors, "errors");
        assertEquals(3, contrast.length, "one read after each of N, T, U");
        for (int k = 0; k < 3; k++) {
            assertTrue(contrast[k] >= 10, "letter " + (k + 1) + ": weakest written / strongest other " + contrast[k]);
            assertEquals(0.0, wrong[k], "letter " + (k + 1) + " read back without a wrong cell");
        }
        double onOff = ResultFiles.scalar(out.resolve("letters"), "histogram", "on_off_median");
        assertTrue(onOff >= 1e4 && onOff <= 1e6, "median LRS/HRS " + onOff);
        assertTrue(Files.size(out.resolve("letters/read_map_read1_conductance.png")) > 0);
        assertTrue(Files.size(out.resolve("letters/histogram.png")) > 0);

        double passive = ResultFiles.column(out.resolve("sneak_1r/write_error.csv"), "contrast")[0];
        double passiveErrors = ResultFiles.column(out.resolve("sneak_1r/write_error.csv"), "errors")[0];
        double selected = ResultFiles.column(out.resolve("sneak_1s1r/write_error.csv"), "contrast")[0];
        double selectedErrors = ResultFiles.column(out.resolve("sneak_1s1r/write_error.csv"), "errors")[0];
        assertTrue(passive < 1 && passiveErrors > 0, "floating lines: sneak paths hide the letter, contrast "
                + passive + ", " + passiveErrors + " cells wrong");
        assertTrue(selected > 1 && selectedErrors == 0, "1S1R keeps the letter: contrast " + selected);
    }

    @Test
    void paperDArraysEnhanceAdaptSeparateAndDenoise(@TempDir Path out) throws Exception {
        runner.run(Path.of("../examples/paper-d-arrays.mem"), out, OptionalLong.empty(), QUIET);
        double[] ratio = ResultFiles.column(out.resolve("contrast_8/contrast.csv"), "lit_to_background");
        for (int k = 1; k < ratio.length; k++) {
            assertTrue(ratio[k] > ratio[k - 1], "the 8 stands out more with every read: " + ratio[k - 1] + " → "
                    + ratio[k]);
        }
        double[] ccr = ResultFiles.column(out.resolve("adaptation_x/ccr.csv"), "ccr_lit");
        assertEquals(1.68, ccr[0], 0.15, "dim scene keeps rising");
        assertEquals(0.74, ccr[1], 0.15, "bright scene adapts");
        double[] current = ResultFiles.column(out.resolve("colours/mean_current.csv"), "mean_lit");
        assertEquals(588e-12, current[0], 0.1 * 588e-12, "405 nm");
        assertEquals(202e-12, current[1], 0.1 * 202e-12, "532 nm");
        assertEquals(98e-12, current[2], 0.1 * 98e-12, "635 nm");
        double noisy = ResultFiles.column(out.resolve("denoising/denoise.csv"), "psnr_noisy_db")[0];
        double denoised = ResultFiles.column(out.resolve("denoising/denoise.csv"), "psnr_denoised_db")[0];
        assertTrue(denoised > noisy + 2, "PSNR " + noisy + " dB → " + denoised + " dB");
    }
}
