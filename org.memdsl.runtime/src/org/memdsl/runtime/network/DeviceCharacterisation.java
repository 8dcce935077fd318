package org.memdsl.runtime.network;

import java.util.List;

import org.memdsl.runtime.device.DeviceModel;
import org.memdsl.runtime.device.MeasuredPulseCurves;
import org.memdsl.runtime.measurement.Accumulated;
import org.memdsl.runtime.result.TimeSeries;
import org.memdsl.runtime.simulation.ProgressListener;
import org.memdsl.runtime.simulation.SimulationOptions;
import org.memdsl.runtime.simulation.Simulator;
import org.memdsl.runtime.stimulus.AppliedStimulus;
import org.memdsl.runtime.stimulus.PulseWindow;
import org.memdsl.runtime.stimulus.Waveform;

/**
 * Conductance-vs-pulse curves of any device model of the engine, measured the way a lab measures
 * them (NeuroSim's device characterisation): the engine simulates {@link
 * ProgrammingPulses#characterisation()} and each read gives {@code G = I/V_read}. A curve that is
 * not monotone (read noise of volatile states) is made so by its running extreme, as a look-up
 * table must be.
 */
public final class DeviceCharacterisation {

    private DeviceCharacterisation() {
    }

    public static MeasuredPulseCurves curves(DeviceModel model, ProgrammingPulses pulses) {
        Waveform protocol = pulses.characterisation();
        AppliedStimulus stimulus = AppliedStimulus.electrical(protocol);
        TimeSeries run = new Simulator(SimulationOptions.sampledEvery(protocol.duration()))
                .run(model, stimulus, ProgressListener.NONE);
        double[] time = run.column("time");
        double[] charge = run.column("charge");
        List<PulseWindow> reads = protocol.pulseWindows().stream()
                .filter(w -> w.amplitude() == pulses.read()).toList();
        int n = pulses.count();
        double[] up = new double[n + 1];
        double[] down = new double[n + 1];
        for (int k = 0; k <= 2 * n; k++) {
            PulseWindow w = reads.get(k);
            double g = Accumulated.meanRate(time, charge, w.start(), w.end()) / w.amplitude();
            if (k <= n) {
                up[k] = k == 0 ? g : Math.max(g, up[k - 1]);
            }
            if (k >= n) {
                down[k - n] = k == n ? up[n] : Math.min(g, down[k - n - 1]);
            }
        }
        return new MeasuredPulseCurves(up, down);
    }
}
