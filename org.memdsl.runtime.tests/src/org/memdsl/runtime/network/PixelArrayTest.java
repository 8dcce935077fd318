package org.memdsl.runtime.network;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.memdsl.runtime.device.PhotoTransistorFamily;
import org.memdsl.runtime.stimulus.Constant;
import org.memdsl.runtime.stimulus.PulseTrain;

/**
 * In-sensor preprocessing on an array of paper-D photo-synapses (docs/papers.md#paper-d: "'8' pattern sharpening
 * with more pulses", "visual adaptation … CCR", "colour recognition by wavelength-dependent
 * response").
 */
class PixelArrayTest {

    private static final PixelArray ARRAY = new PixelArray(new PhotoTransistorFamily().create(Map.of()), 0.01);

    /** A 5×7 "8" lit at full strength on a background of 5 %: contrast grows with the pulses. */
    @Test
    void moreLightPulsesSharpenThePattern() {
        String[] eight = { ".###.", "#...#", "#...#", ".###.", "#...#", "#...#", ".###." };
        double[] pattern = new double[35];
        for (int r = 0; r < 7; r++) {
            for (int c = 0; c < 5; c++) {
                pattern[r * 5 + c] = eight[r].charAt(c) == '#' ? 1.0 : 0.05;
            }
        }
        double[] green = new double[35];
        Arrays.fill(green, 532e-9);
        PulseTrain pulses = new PulseTrain(0.01, 0.5, 0, 0, 1.0, 20, 0, 0.1);
        double[][] currents = ARRAY.expose(pattern, green, pulses, 0, new double[] { 0.5, 19.5 });
        double afterOne = PixelArray.contrast(currents[0]);
        double afterTwenty = PixelArray.contrast(currents[1]);
        assertTrue(afterTwenty > afterOne, "contrast " + afterOne + " → " + afterTwenty);
        assertTrue(currents[1][1] > currents[1][0], "pattern pixels brighter than background");
    }

    /**
     * Dim (6.41 µW/cm²) and bright (698 µW/cm²) regions under continuous light: the dim pixels keep
     * rising (CCR > 1) while the bright ones adapt (CCR < 1), so the array compresses the scene's
     * range between 10 s and 50 s.
     */
    @Test
    void adaptationCompressesTheRange() {
        double[] pattern = { 0.0641 / 6.98, 1.0 };
        double[] green = { 532e-9, 532e-9 };
        double[][] currents = ARRAY.expose(pattern, green, new Constant(6.98, 0, 50, 50), 0,
                new double[] { 10.0, 49.99 });
        assertTrue(currents[1][0] > currents[0][0], "dim pixel rises");
        assertTrue(currents[1][1] < currents[0][1], "bright pixel adapts");
        assertTrue(currents[1][1] / currents[1][0] < currents[0][1] / currents[0][0], "range compressed");
    }

    /** Pixels lit at 405, 532 and 635 nm with the same irradiance separate by their current alone. */
    @Test
    void wavelengthSeparatesColours() {
        double[] nm = { 405e-9, 532e-9, 635e-9, 532e-9, 635e-9, 405e-9 };
        double[] pattern = new double[nm.length];
        Arrays.fill(pattern, 1.0);
        double[][] currents = ARRAY.expose(pattern, nm, new Constant(1.0, 0, 10, 10), 0, new double[] { 9.99 });
        double[] sorted = { currents[0][0], currents[0][1], currents[0][2] };
        double blueGreen = Math.sqrt(sorted[0] * sorted[1]);
        double greenRed = Math.sqrt(sorted[1] * sorted[2]);
        for (int k = 0; k < nm.length; k++) {
            double i = currents[0][k];
            double classified = i > blueGreen ? 405e-9 : i > greenRed ? 532e-9 : 635e-9;
            assertEquals(nm[k], classified, 0.0, "pixel " + k);
        }
    }
}
