package org.memdsl.runtime.simulation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.memdsl.runtime.device.DeviceModel;
import org.memdsl.runtime.device.OptoMemristorFamily;
import org.memdsl.runtime.device.RelaxingStates;
import org.memdsl.runtime.device.ResumedModel;
import org.memdsl.runtime.result.TimeSeries;
import org.memdsl.runtime.stimulus.AppliedStimulus;
import org.memdsl.runtime.stimulus.Constant;
import org.memdsl.runtime.stimulus.PairedPulses;
import org.memdsl.runtime.stimulus.Sequence;
import org.memdsl.runtime.stimulus.SourceLimit;

/**
 * States advanced in closed form ({@link org.memdsl.runtime.device.RelaxingStates}) against the same
 * equations integrated: the paper-A preset (the capacitor voltages relax; the contact ions, driven partly
 * by the interfacial voltage, the interfacial ions and the screening are integrated) and the preset with
 * the applied voltage alone driving the contact ions (which then relax too), on paired 3 V, 6 ms pulses
 * in the dark and under 300 W/m², and behind a series resistance (where only the stretches without
 * voltage relax in closed form). The same model wrapped in a {@link ResumedModel}, which does not
 * declare relaxing states, is integrated whole. Every sample of current and state agrees within 10⁻⁶
 * of the column's largest magnitude (the integrator's tolerance is 10⁻⁹ relative), and so do charge and
 * energy (quadratures on the integrator's steps, which the simulator keeps within a closed-form state's
 * time constant while its transient lasts). Behind the series resistance both runs integrate the pulses
 * whole and differ by the integrator's accumulated error, which converges with the tolerance (measured
 * 1.5 × 10⁻⁵ at 10⁻⁹, 1.3 × 10⁻¹⁰ at 10⁻¹¹), so that case is compared at 10⁻¹¹. The closed form needs
 * fewer integrator steps.
 */
class RelaxingStatesTest {

    private static final DeviceModel PRESET = new OptoMemristorFamily().create(Map.of());

    /** The preset with the applied voltage alone driving the contact ions, which then relax in closed form too. */
    private static final DeviceModel APPLIED_DRIVE = new OptoMemristorFamily().create(Map.of("interface_share", 0.0));

    @Test
    void closedFormAgreesWithTheIntegratedEquationsInFewerSteps() {
        for (DeviceModel model : new DeviceModel[] { PRESET, APPLIED_DRIVE }) {
            closedFormAgrees(model);
        }
    }

    private static void closedFormAgrees(DeviceModel model) {
        Sequence pairs = PairedPulses.of(3.0, 6e-3, 0, new double[] { 2e-3, 20e-3 }, 3, 0.2);
        AppliedStimulus dark = AppliedStimulus.electrical(pairs);
        AppliedStimulus light = new AppliedStimulus(pairs,
                Optional.of(new Constant(300, 0, pairs.duration(), pairs.duration())), 532e-9, 300);
        for (AppliedStimulus s : new AppliedStimulus[] { dark, light, dark.withLimit(new SourceLimit(1e6, 0, 0)) }) {
            Simulator simulator = new Simulator(s.limit().isNone() ? SimulationOptions.sampledEvery(0.5e-3)
                    : new SimulationOptions(0.5e-3, 1e-14, 1e-11, Double.MAX_VALUE));
            Simulator.Run relaxed = simulator.simulate(model, s, ProgressListener.NONE);
            Simulator.Run whole = simulator.simulate(new ResumedModel(model, model.initialState()), s,
                    ProgressListener.NONE);
            String label = ((RelaxingStates) model).relaxingStates().length + " closed-form states, "
                    + (s.light().isPresent() ? "light" : "dark") + ", " + s.limit() + ": ";
            for (String column : new String[] { "current", "charge", "energy", "x", "v_c", "s", "y", "v_pc" }) {
                assertClose(whole.series(), relaxed.series(), label + column, 1e-6);
            }
            assertTrue(relaxed.integratorSteps() < whole.integratorSteps(),
                    "steps " + relaxed.integratorSteps() + " against " + whole.integratorSteps());
        }
    }

    private static void assertClose(TimeSeries expected, TimeSeries actual, String label, double tolerance) {
        String column = label.substring(label.lastIndexOf(' ') + 1);
        double[] e = expected.column(column);
        double[] a = actual.column(column);
        assertEquals(e.length, a.length, label + ": rows");
        double scale = 0;
        for (double v : e) {
            scale = Math.max(scale, Math.abs(v));
        }
        for (int i = 0; i < e.length; i++) {
            assertEquals(e[i], a[i], tolerance * scale, label + " at row " + i);
        }
    }

    /**
     * A stretch whose length equals the settling window of its fastest closed-form state up to rounding
     * (6 ms pulses against 20 × 0.3 ms of a dark capacitor of 50 MΩ and 6 pF, late in a protocol) is
     * integrated, not split into a piece of zero length: the benchmark's 20 × 20 paired-pulse sweep
     * runs to its end.
     */
    @Test
    void aStretchAsLongAsItsSettlingWindowRunsThrough() {
        Sequence sweep = LongProtocolTest.ppfSweep();
        DeviceModel model = new OptoMemristorFamily().create(Map.of("r_c", 5e7, "c", 6e-12));
        TimeSeries run = new Simulator(SimulationOptions.sampledEvery(1e-3)).run(model,
                AppliedStimulus.electrical(sweep), ProgressListener.NONE);
        double[] time = run.column("time");
        assertEquals(sweep.duration(), time[time.length - 1], 1e-9);
    }
}
