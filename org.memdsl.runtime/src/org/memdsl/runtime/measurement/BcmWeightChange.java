package org.memdsl.runtime.measurement;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.memdsl.runtime.result.Figure;
import org.memdsl.runtime.result.FigureSeries;
import org.memdsl.runtime.result.ResultTable;
import org.memdsl.runtime.result.TimeSeries;
import org.memdsl.runtime.stimulus.PulseWindow;
import org.memdsl.runtime.stimulus.Stimulus;

/**
 * BCM-like weight change per pulse train (paper A of SEEDS.md): {@code 100 %·(I_last − I_first)/
 * I_first}, where {@code I_first} and {@code I_last} are the mean EPSCs of the first and last
 * {@code edgePulses} pulses of the train, against the train's pulse frequency. Trains are the
 * pulse groups of the stimulus (one per part of a {@code rate_trains} protocol).
 */
public record BcmWeightChange(String name, int edgePulses) implements Measurement {

    public static final int DEFAULT_EDGE_PULSES = 5;

    @Override
    public ResultTable analyse(TimeSeries run, Stimulus stimulus) {
        Map<Integer, List<PulseWindow>> trains = new TreeMap<>();
        for (PulseWindow w : PulseWindows.required(stimulus, name)) {
            trains.computeIfAbsent(w.group(), g -> new ArrayList<>()).add(w);
        }
        double[] time = run.column("time");
        double[] charge = run.column("charge");
        int n = trains.size();
        double[] frequency = new double[n];
        double[] change = new double[n];
        int row = 0;
        for (List<PulseWindow> train : trains.values()) {
            if (train.size() < 2 * edgePulses) {
                throw new IllegalArgumentException("measurement '" + name + "' needs trains of at least "
                        + 2 * edgePulses + " pulses, got " + train.size());
            }
            frequency[row] = (train.size() - 1) / (train.get(train.size() - 1).start() - train.get(0).start());
            double first = meanEpsc(time, charge, train.subList(0, edgePulses));
            double last = meanEpsc(time, charge, train.subList(train.size() - edgePulses, train.size()));
            change[row] = 100.0 * (last - first) / first;
            row++;
        }
        return new ResultTable(name, List.of("frequency", "weight_change_percent"),
                new double[][] { frequency, change });
    }

    private static double meanEpsc(double[] time, double[] charge, List<PulseWindow> pulses) {
        double sum = 0;
        for (PulseWindow w : pulses) {
            sum += Accumulated.meanRate(time, charge, w.start(), w.end());
        }
        return sum / pulses.size();
    }

    @Override
    public Figure figure(ResultTable table) {
        return new Figure(name, "Weight change per train (BCM)", "pulse frequency [Hz]", "weight change [%]",
                false, List.of(new FigureSeries("100·(I_last−I_first)/I_first", table.column("frequency"),
                        table.column("weight_change_percent"))));
    }
}
