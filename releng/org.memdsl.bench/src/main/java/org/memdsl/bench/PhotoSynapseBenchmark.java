package org.memdsl.bench;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import org.memdsl.runtime.device.DeviceFamilies;
import org.memdsl.runtime.device.DeviceModel;
import org.memdsl.runtime.result.TimeSeries;
import org.memdsl.runtime.simulation.ProgressListener;
import org.memdsl.runtime.simulation.SimulationOptions;
import org.memdsl.runtime.simulation.Simulator;
import org.memdsl.runtime.stimulus.AppliedStimulus;
import org.memdsl.runtime.stimulus.Bias;
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
 * Paper D's light-pulse protocol at its own scale, for each three-terminal photo-synapse type: a
 * 100 s train of 1000 light pulses (50 ms at 10 Hz, 0.1 mW/cm², 532 nm) under a grounded gate.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 3, time = 3)
@Fork(1)
public class PhotoSynapseBenchmark {

    @Param({ "photo_transistor", "floating_gate_transistor", "heterojunction_transistor",
        "ferroelectric_transistor" })
    public String family;

    private DeviceModel photoSynapse;
    private AppliedStimulus lightTrain;
    private Simulator simulator;

    @Setup
    public void setUp() {
        photoSynapse = DeviceFamilies.CATALOGUE.byName(family).orElseThrow().create(Map.of());
        PulseTrain light = new PulseTrain(1.0, 50e-3, 0, 0, 0.1, 1000, 0, 0);
        lightTrain = new AppliedStimulus(new Bias(0, light.duration()), Optional.of(light), 532e-9, 300);
        simulator = new Simulator(SimulationOptions.sampledEvery(1.0));
    }

    @Benchmark
    public TimeSeries lightTrain100s() {
        return simulator.run(photoSynapse, lightTrain, ProgressListener.NONE);
    }
}
