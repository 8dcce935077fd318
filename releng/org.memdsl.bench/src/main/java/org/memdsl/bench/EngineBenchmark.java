package org.memdsl.bench;

import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.memdsl.runtime.device.DeviceFamilies;
import org.memdsl.runtime.device.DeviceModel;
import org.memdsl.runtime.result.TimeSeries;
import org.memdsl.runtime.simulation.ProgressListener;
import org.memdsl.runtime.simulation.SimulationOptions;
import org.memdsl.runtime.simulation.Simulator;
import org.memdsl.runtime.stimulus.AppliedStimulus;
import org.memdsl.runtime.stimulus.PairedPulses;
import org.memdsl.runtime.stimulus.PulseTrain;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Engine throughput: one 10 s protocol of 1 ms pulses at 100 Hz (1000 pulses) per device family,
 * and a paired-pulse sweep of 20 intervals × 20 pairs. {@code stateSteps} counts state updates
 * (integrator steps, or closed-form advances for models solved exactly under rectangular pulses)
 * times state dimension, so {@code stateSteps} per second is the "state-steps/s".
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 3, time = 3)
@Fork(1)
public class EngineBenchmark {

    @Param({ "linear_ion_drift", "soft_bound_pulse", "vteam", "yakopcic", "filamentary", "opto_memristor",
        "bipolar_filament" })
    public String family;

    private DeviceModel model;
    private AppliedStimulus tenSecondTrain;
    private AppliedStimulus ppfSweep;
    private Simulator simulator;

    @Setup
    public void setUp() {
        model = DeviceFamilies.CATALOGUE.byName(family).orElseThrow().create(Map.of());
        tenSecondTrain = AppliedStimulus.electrical(new PulseTrain(1.0, 1e-3, 0, 0, 1e-2, 1000, 0, 0));
        double[] intervals = new double[20];
        for (int i = 0; i < intervals.length; i++) {
            intervals[i] = 1e-3 * (i + 1) * 3;
        }
        ppfSweep = AppliedStimulus.electrical(PairedPulses.of(3.0, 6e-3, 0, intervals, 20, 50e-3));
        simulator = new Simulator(SimulationOptions.sampledEvery(1e-3));
    }

    @Benchmark
    public TimeSeries tenSecondPulseProtocol(StateSteps steps) {
        Simulator.Run run = simulator.simulate(model, tenSecondTrain, ProgressListener.NONE);
        steps.stateSteps += run.integratorSteps() * model.stateNames().length;
        return run.series();
    }

    @Benchmark
    public TimeSeries ppfSweep20x20(StateSteps steps) {
        Simulator.Run run = simulator.simulate(model, ppfSweep, ProgressListener.NONE);
        steps.stateSteps += run.integratorSteps() * model.stateNames().length;
        return run.series();
    }
}
