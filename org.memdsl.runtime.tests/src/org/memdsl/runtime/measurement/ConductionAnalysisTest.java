package org.memdsl.runtime.measurement;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.memdsl.runtime.device.DeviceModel;
import org.memdsl.runtime.device.OptoMemristorFamily;
import org.memdsl.runtime.device.YakopcicFamily;
import org.memdsl.runtime.result.ResultTable;
import org.memdsl.runtime.simulation.ProgressListener;
import org.memdsl.runtime.simulation.SimulationOptions;
import org.memdsl.runtime.simulation.Simulator;
import org.memdsl.runtime.stimulus.AppliedStimulus;
import org.memdsl.runtime.stimulus.StaircaseSweep;

/**
 * Conduction and reliability analyses against closed forms: the log–log slope of a sinh I–V, the
 * small-signal impedance of a conductance in parallel with a series RC, and the Arrhenius
 * activation energy from paper C's retention times.
 */
class ConductionAnalysisTest {

    /** {@code I ∝ sinh(bV)}: the slope between levels is {@code ln(sinh(bV_k)/sinh(bV_{k−1})) / ln(V_k/V_{k−1})}. */
    @Test
    void logLogSlopeOfASinhConduction() {
        DeviceModel sinh = new YakopcicFamily().create(Map.of("b", 5.0, "v_p", 100.0, "v_n", 100.0));
        StaircaseSweep sweep = new StaircaseSweep(1.0, -1.0, 0.05, 1e-3, 1);
        AppliedStimulus s = AppliedStimulus.electrical(sweep);
        ResultTable slopes = new LogLogSlope("slope", 0.5).analyse(
                new Simulator(SimulationOptions.sampledEvery(1e-4)).run(sinh, s, ProgressListener.NONE), s);
        assertEquals(19, slopes.rows(), "levels 0.05 … 1 V");
        double[] slope = slopes.column("slope");
        for (int k = 0; k < slopes.rows(); k++) {
            double v1 = 0.05 * (k + 1);
            double v2 = 0.05 * (k + 2);
            double expected = Math.log(Math.sinh(5 * v2) / Math.sinh(5 * v1)) / Math.log(v2 / v1);
            assertEquals(expected, slope[k], 1e-9, "slope near " + v2 + " V");
        }
        assertTrue(slope[0] < 1.05 && slope[18] > 4, "ohmic at low bias, steep at high bias");
    }

    /**
     * The paper-A model with the barrier lowering (contact and interfacial ions) and the screening
     * switched off is, in the dark (no photo-capacitance), a linear
     * network: {@code Y(ω) = G_d + jωC/(1 + jωR_cC)}, so the parallel capacitance is
     * {@code C/(1 + (ωR_cC)²)} and the parallel resistance {@code 1/(G_d + ω²R_cC²/(1 + (ωR_cC)²))}.
     * Probed like paper C's spectra (docs/papers.md#paper-c: 0.1–100 kHz at 40 mV).
     */
    @Test
    void impedanceOfALinearDeviceMatchesItsAdmittance() {
        double g = 1e-9;
        double rc = 5e7;
        double c = 6e-12;
        DeviceModel linear = new OptoMemristorFamily().create(
                Map.of("beta", 0.0, "beta_y", 0.0, "g_s", 0.0, "g_dark", g, "r_c", rc, "c", c));
        double[] f = { 100, 1e3, 1e4, 1e5 };
        ResultTable z = ImpedanceSpectrum.measure("z", linear, 0.0, 0.04, f, 5e-3, 4);
        for (int k = 0; k < f.length; k++) {
            double w = 2 * Math.PI * f[k];
            double d = 1 + Math.pow(w * rc * c, 2);
            assertEquals(c / d, z.column("capacitance")[k], 1e-3 * c / d, "C at " + f[k] + " Hz");
            double r = 1 / (g + w * w * rc * c * c / d);
            assertEquals(r, z.column("resistance")[k], 1e-3 * r, "R at " + f[k] + " Hz");
        }
    }

    /**
     * docs/papers.md#paper-c: LRS retention 1200 s at 363 K and 60 s at 400 K, modelled as t ∝ exp(E_a/kT):
     * {@code E_a = k·ln(1200/60)/(1/363 − 1/400) = 1.01 eV}; and exact recovery of a synthetic law.
     */
    @Test
    void arrheniusFitOfPaperCRetentionTimes() {
        Arrhenius paper = Arrhenius.fit(new double[] { 363, 400 }, new double[] { 1200, 60 });
        assertEquals(1.013, paper.activationEnergy(), 0.002);
        assertEquals(1200, paper.time(363), 1e-6);

        double[] temperatures = { 300, 330, 363, 400 };
        double[] times = new double[4];
        for (int k = 0; k < 4; k++) {
            times[k] = 2e-9 * Math.exp(0.85 / (Arrhenius.BOLTZMANN_EV * temperatures[k]));
        }
        Arrhenius synthetic = Arrhenius.fit(temperatures, times);
        assertEquals(0.85, synthetic.activationEnergy(), 1e-9);
        assertEquals(2e-9, synthetic.prefactor(), 1e-15);
        assertEquals(1.0, synthetic.rSquared(), 1e-12);
    }
}
