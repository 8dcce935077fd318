package org.memdsl.bench;

import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.memdsl.runtime.device.BipolarFilamentFamily;
import org.memdsl.runtime.device.DeviceModel;
import org.memdsl.runtime.result.TimeSeries;
import org.memdsl.runtime.simulation.ProgressListener;
import org.memdsl.runtime.simulation.SimulationOptions;
import org.memdsl.runtime.simulation.Simulator;
import org.memdsl.runtime.stimulus.AppliedStimulus;
import org.memdsl.runtime.stimulus.ProgrammingMap;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Paper C's analog programming-window map at its own scale on the paper-C cell: 22 amplitudes, each
 * a preset, a read and 300 pulses of 100 ns every 10 ms, each read (66 s of protocol, 13 000 pulses).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 3, time = 3)
@Fork(1)
public class ProgrammingMapBenchmark {

    private DeviceModel dotCell;
    private AppliedStimulus programmingMap;
    private Simulator simulator;

    @Setup
    public void setUp() {
        dotCell = new BipolarFilamentFamily().create(Map.of());
        double[] amplitudes = { 0.5, 0.6, 0.7, 0.8, 0.9, 1.0, 1.1, 1.2, 1.3, 1.4, 1.5, -0.3, -0.4, -0.5, -0.7, -0.9,
            -1.1, -1.3, -1.4, -1.5, -1.6, -1.7 };
        programmingMap = AppliedStimulus.electrical(ProgrammingMap.of(amplitudes, 300,
                new ProgrammingMap.Timing(100e-9, 10e-3, 0.1, 1e-3, 4e-3, 10e-3), 1.2, -1.7));
        simulator = new Simulator(SimulationOptions.sampledEvery(1.0));
    }

    @Benchmark
    public TimeSeries paperCProgrammingMap() {
        return simulator.run(dotCell, programmingMap, ProgressListener.NONE);
    }
}
