package org.memdsl.runtime;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.hipparchus.random.Well19937c;
import org.memdsl.runtime.device.DeviceModel;
import org.memdsl.runtime.measurement.Analysis;
import org.memdsl.runtime.result.Figure;
import org.memdsl.runtime.result.ResultTable;
import org.memdsl.runtime.result.RunResult;
import org.memdsl.runtime.result.TimeSeries;
import org.memdsl.runtime.simulation.ProgressListener;
import org.memdsl.runtime.simulation.SimulationOptions;
import org.memdsl.runtime.simulation.Simulator;
import org.memdsl.runtime.stimulus.AppliedStimulus;

/** A compiled protocol: one device under one stimulus, analysed by measurements. */
public record ExperimentPlan(String name, DeviceModel device, AppliedStimulus stimulus, List<Analysis> measurements,
        SimulationOptions options, long seed) {

    public ExperimentPlan {
        measurements = List.copyOf(measurements);
        Set<String> names = new HashSet<>();
        for (Analysis m : measurements) {
            if (!names.add(m.name())) {
                throw new IllegalArgumentException("experiment " + name + " measures '" + m.name() + "' twice");
            }
        }
    }

    public ExperimentPlan withSeed(long newSeed) {
        return new ExperimentPlan(name, device, stimulus, measurements, options, newSeed);
    }

    public RunResult run(ProgressListener progress) {
        TimeSeries series = new Simulator(options).simulate(device, stimulus, progress, new Well19937c(seed))
                .series();
        List<ResultTable> tables = new ArrayList<>();
        List<Figure> figures = new ArrayList<>();
        for (Analysis m : measurements) {
            ResultTable table = m.analyse(series, stimulus);
            tables.add(table);
            figures.add(m.figure(table));
        }
        return new RunResult(name, tables, figures);
    }
}
