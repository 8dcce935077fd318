package org.memdsl.runtime.device;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.memdsl.runtime.result.TimeSeries;
import org.memdsl.runtime.simulation.ProgressListener;
import org.memdsl.runtime.simulation.SimulationOptions;
import org.memdsl.runtime.simulation.Simulator;
import org.memdsl.runtime.stimulus.AppliedStimulus;
import org.memdsl.runtime.stimulus.PulseTrain;

/**
 * The engine against the closed-form solution of the linear ion-drift model without window
 * (Strukov et al., Nature 453, 80 (2008)): at constant voltage v,
 * {@code R_off·w − ΔR·w²/2 = k·v·t + R_off·w0 − ΔR·w0²/2}, hence
 * {@code w(t) = (R_off − sqrt(R_off² − 2·ΔR·S(t)))/ΔR}.
 */
class LinearIonDriftAnalyticTest {

    private static final double R_ON = 100;
    private static final double R_OFF = 16e3;
    private static final double W0 = 0.1;

    private static double analyticW(double k, double v, double t) {
        double dr = R_OFF - R_ON;
        double s = k * v * t + R_OFF * W0 - dr * W0 * W0 / 2;
        return (R_OFF - Math.sqrt(R_OFF * R_OFF - 2 * dr * s)) / dr;
    }

    @Test
    void stateAndCurrentFollowTheClosedFormDuringAPulse() {
        LinearIonDriftModel model = (LinearIonDriftModel) new LinearIonDriftFamily()
                .create(Map.of("r_on", R_ON, "r_off", R_OFF, "w0", W0));
        double v = 1.0;
        double width = 0.5;
        PulseTrain pulse = PulseTrain.single(v, width, 0, 0, 0.1, 0.1);
        TimeSeries run = new Simulator(SimulationOptions.sampledEvery(1e-3)).run(model,
                AppliedStimulus.electrical(pulse),
                ProgressListener.NONE);

        double[] time = run.column("time");
        double[] w = run.column("w");
        double[] current = run.column("current");
        int checked = 0;
        for (int i = 0; i < time.length; i++) {
            double t = time[i] - 0.1;
            if (t > 1e-9 && t < width - 1e-9) {
                double expected = analyticW(model.driftRate(), v, t);
                assertEquals(expected, w[i], 1e-9 * expected, "w at t = " + time[i]);
                assertEquals(v / model.resistance(expected), current[i], 1e-9 * current[i]);
                checked++;
            }
        }
        assertEquals(499, checked, "every 1 ms sample inside the pulse is compared");
        double after = analyticW(model.driftRate(), v, width);
        assertEquals(after, w[w.length - 1], 1e-9 * after, "the state holds at zero bias after the pulse");
        assertEquals(0.0, current[current.length - 1], 0.0);
    }
}
