package org.memdsl.runtime.crossbar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.Map;

import org.hipparchus.random.Well19937c;
import org.junit.jupiter.api.Test;
import org.memdsl.runtime.device.DeviceModel;
import org.memdsl.runtime.device.Drive;
import org.memdsl.runtime.device.VteamFamily;

/**
 * Writing a letter into a crossbar of VTEAM cells (thresholds ±1 V, so a V/2 half-select of a
 * 1.5 V write stays below them) pulse by pulse, then reading it back, as in paper C's "N", "T", "U"
 * demonstration (docs/papers.md#paper-c: set pixels, reset the others, read at 0.05 V; sneak paths exist
 * without a selector). VTEAM sets under negative voltage, so the set pulse is −1.5 V.
 */
class CrossbarProgrammingTest {

    private static final Drive READ = new Drive(0.1, 0, 0, 300);

    private static final boolean[][] LETTER_N = {
            { true, false, false, false, true },
            { true, true, false, false, true },
            { true, false, true, false, true },
            { true, false, false, true, true },
            { true, false, false, false, true } };

    private static Crossbar crossbar() {
        return crossbar(AccessDevice.none());
    }

    private static Crossbar crossbar(AccessDevice access) {
        CrossbarLayout layout = new CrossbarLayout(5, 5, 1.0, 1.0, 10.0, 10.0);
        DeviceModel[] cells = new DeviceModel[25];
        for (int k = 0; k < cells.length; k++) {
            cells[k] = new VteamFamily().create(Map.of("r_on", 1e4, "r_off", 1e6, "v_on", -1.0, "v_off", 1.0,
                    "k_on", -1e4, "k_off", 1e4, "w0", 1.0));
        }
        return new Crossbar(layout, cells, access);
    }

    @Test
    void letterWrittenWithHalfSelectReadsBackWithoutDisturb() {
        Crossbar xbar = crossbar();
        Crossbar.Disturb disturb = xbar.program(LETTER_N, -1.5, 1.5, 10e-3, 4, BiasScheme.HALF);
        double halfSelect = disturb.largestUnselectedVoltage();
        assertTrue(halfSelect >= 0.7 && halfSelect <= 0.75 * 1.01, "half-selected cells see V/2 (± wire drops): "
                + halfSelect);
        assertEquals(0.0, disturb.largestStateChange(), 0.0, "below threshold nothing moves");

        double on = Double.MAX_VALUE;
        double off = 0;
        for (int i = 0; i < 5; i++) {
            for (int j = 0; j < 5; j++) {
                Crossbar.Read read = xbar.read(i, j, 0.05, BiasScheme.GROUNDED);
                if (LETTER_N[i][j]) {
                    on = Math.min(on, read.sensed());
                } else {
                    off = Math.max(off, read.sensed());
                }
                assertTrue(Math.abs(read.sneakShare()) < 1e-2, "grounded unselected lines leave little sneak");
            }
        }
        assertTrue(on > 20 * off, "letter reads back: weakest ON " + on + " A, strongest OFF " + off + " A");
    }

    /**
     * Vector–matrix product: with (almost) ideal wires the column currents are the ideal
     * {@code Σ_i G_ij·V_i}; with 50 Ω segments the IR drop makes them smaller.
     */
    @Test
    void vectorMatrixProductErrorComesFromTheWires() {
        double[] inputs = { 0.1, 0.2, 0.05, 0.15, 0.1 };
        for (double wire : new double[] { 1e-9, 50.0 }) {
            CrossbarLayout layout = new CrossbarLayout(5, 5, wire, wire, wire, wire);
            DeviceModel[] cells = new DeviceModel[25];
            for (int k = 0; k < cells.length; k++) {
                cells[k] = new VteamFamily().create(Map.of("r_on", 1e4, "r_off", 1e6, "w0", (k % 7) / 6.0));
            }
            Crossbar.Product product = new Crossbar(layout, cells, AccessDevice.none()).multiply(inputs);
            if (wire < 1) {
                assertTrue(product.worstRelativeError() < 1e-6, "ideal wires: " + product.worstRelativeError());
            } else {
                assertTrue(product.worstRelativeError() > 1e-3, "IR drop: " + product.worstRelativeError());
                for (int j = 0; j < 5; j++) {
                    assertTrue(product.actual()[j] < product.ideal()[j], "drops only lower the current");
                }
            }
        }
    }

    /** Same seed, same array; the spread of R_on follows the requested σ of ln R_on. */
    @Test
    void deviceVariationIsSeededAndHasTheRequestedSpread() {
        var family = new VteamFamily();
        DeviceModel[] a = DeviceVariation.of(family, Map.of("w0", 0.0),
                Map.of("r_on", 0.2), 400, new Well19937c(11));
        DeviceModel[] b = DeviceVariation.of(family, Map.of("w0", 0.0),
                Map.of("r_on", 0.2), 400, new Well19937c(11));
        double sum = 0;
        double sumSq = 0;
        for (int k = 0; k < a.length; k++) {
            double ra = 0.1 / a[k].current(0, a[k].initialState(), READ);
            double rb = 0.1 / b[k].current(0, b[k].initialState(), READ);
            assertEquals(ra, rb, 0.0, "same seed, same device");
            double ln = Math.log(ra / 1e3);
            sum += ln;
            sumSq += ln * ln;
        }
        double sd = Math.sqrt(sumSq / a.length - (sum / a.length) * (sum / a.length));
        assertEquals(0.2, sd, 0.02, "σ of ln R_on over 400 devices");
    }

    /** With floating unselected lines an OFF cell surrounded by ON cells reads mostly sneak current. */
    @Test
    void floatingLinesLetSneakPathsDominateAnOffCell() {
        Crossbar xbar = crossbar();
        boolean[][] allButOne = new boolean[5][5];
        for (boolean[] row : allButOne) {
            Arrays.fill(row, true);
        }
        allButOne[2][2] = false;
        xbar.program(allButOne, -1.5, 1.5, 10e-3, 2, BiasScheme.HALF);
        Crossbar.Read floating = xbar.read(2, 2, 0.05, BiasScheme.FLOATING);
        Crossbar.Read grounded = xbar.read(2, 2, 0.05, BiasScheme.GROUNDED);
        assertTrue(floating.sneakShare() > 0.5, "sneak share with floating lines: " + floating.sneakShare());
        assertTrue(grounded.sneakShare() < 0.01, "sneak share with grounded lines: " + grounded.sneakShare());

        Crossbar oneTransistor = crossbar(AccessDevice.transistor(100, 1e12));
        oneTransistor.program(allButOne, -1.5, 1.5, 10e-3, 2, BiasScheme.HALF);
        Crossbar.Read gated = oneTransistor.read(2, 2, 0.05, BiasScheme.FLOATING);
        assertTrue(gated.sneakShare() < 0.01, "1T1R: word lines cut the sneak paths: " + gated.sneakShare());
    }
}
