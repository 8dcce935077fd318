package org.memdsl.runtime;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.hipparchus.random.Well19937c;
import org.memdsl.runtime.catalog.Dimension;
import org.memdsl.runtime.device.DeviceModel;
import org.memdsl.runtime.device.ResumedModel;
import org.memdsl.runtime.measurement.Analysis;
import org.memdsl.runtime.measurement.AnalysisAcrossTemperatures;
import org.memdsl.runtime.measurement.AnalysisOfFinalState;
import org.memdsl.runtime.result.Column;
import org.memdsl.runtime.result.Figure;
import org.memdsl.runtime.result.ResultTable;
import org.memdsl.runtime.result.RunResult;
import org.memdsl.runtime.result.TimeSeries;
import org.memdsl.runtime.simulation.ProgressListener;
import org.memdsl.runtime.simulation.SimulationOptions;
import org.memdsl.runtime.simulation.Simulator;
import org.memdsl.runtime.stimulus.AppliedStimulus;
import org.memdsl.runtime.stimulus.PulseWindow;

/**
 * A compiled protocol: one device under one stimulus, analysed by measurements. With several
 * {@code temperatures} the protocol runs once per temperature: each measurement then writes one
 * output per temperature ({@code retention_363K}), and analyses across temperatures (Arrhenius)
 * one output from all runs. With an {@code area} (m², 0: not given) every {@code energy} and
 * {@code current} column gets a per-area column beside it.
 */
public record ExperimentPlan(String name, DeviceModel device, AppliedStimulus stimulus, List<Analysis> measurements,
        SimulationOptions options, long seed, double[] temperatures, double area) {

    /** The longest protocol: 10⁹ s, some 30 years, beyond any retention measurement. */
    public static final double MAX_DURATION = 1e9;

    /** Columns that get a per-area column, and its name. */
    private static final List<String[]> PER_AREA = List.of(new String[] { "energy", "energy_per_area" },
            new String[] { "current", "current_density" });

    public ExperimentPlan {
        measurements = List.copyOf(measurements);
        temperatures = temperatures.clone();
        Set<String> names = new HashSet<>();
        for (Analysis m : measurements) {
            if (!names.add(m.name())) {
                throw new IllegalArgumentException("experiment " + name + " measures '" + m.name() + "' twice");
            }
        }
        if (!(area >= 0)) {
            throw new IllegalArgumentException("area must be >= 0");
        }
    }

    /** One run at the stimulus's temperature, without a device area. */
    public ExperimentPlan(String name, DeviceModel device, AppliedStimulus stimulus, List<Analysis> measurements,
            SimulationOptions options, long seed) {
        this(name, device, stimulus, measurements, options, seed, new double[0], 0.0);
    }

    /** This plan on another device (the same family: a device whose parameters change from cycle to cycle). */
    public ExperimentPlan withDevice(DeviceModel other) {
        return new ExperimentPlan(name, other, stimulus, measurements, options, seed, temperatures, area);
    }

    public ExperimentPlan withSeed(long newSeed) {
        return new ExperimentPlan(name, device, stimulus, measurements, options, newSeed, temperatures, area);
    }

    /** This plan with only its {@code index}-th measurement (to tell which one a check refuses). */
    public ExperimentPlan withMeasurement(int index) {
        return new ExperimentPlan(name, device, stimulus, List.of(measurements.get(index)), options, seed, temperatures,
                area);
    }

    /** The temperatures the protocol runs at, in K. */
    public double[] runTemperatures() {
        return temperatures.length == 0 ? new double[] { stimulus.temperature() } : temperatures.clone();
    }

    /** Rows the runs record (all temperatures), from the duration and the sampling interval. */
    public double estimatedSamples() {
        return runTemperatures().length * (stimulus.duration() / options.sampleInterval() + 2);
    }

    /** Bytes the recorded runs take, about. */
    public double estimatedBytes() {
        return estimatedSamples() * Double.BYTES * (6 + device.stateNames().length);
    }

    /** What the run will cost, estimated before it starts. */
    public RunEstimate estimate() {
        int runs = runTemperatures().length;
        double forcedSteps = stimulus.duration() / options.maxStep();
        double segments = Math.max(1, stimulus.breakpoints().length - 1);
        return new RunEstimate(estimatedSamples(), estimatedBytes(), runs * segments, runs * forcedSteps);
    }

    /** {@link #check(double)} that also refuses a run estimated to take longer than {@code maxSeconds}. */
    public void check(double maxSamples, double maxSeconds) {
        check(maxSamples);
        RunEstimate estimate = estimate();
        if (estimate.seconds() > maxSeconds) {
            throw new IllegalArgumentException("the run would take up to about " + estimate.duration()
                    + " (" + estimate.describe() + "), more than max_run_time = " + RunEstimate.readable(maxSeconds)
                    + ": shorten the protocol, relax max_step, or raise max_run_time");
        }
    }

    /**
     * Refuses a protocol longer than {@link #MAX_DURATION}, or with a pulse shorter than the time
     * resolution at its time (a 1 ms pulse after 10¹⁸ s).
     */
    public void checkTimes() {
        double duration = stimulus.duration();
        if (!(duration <= MAX_DURATION)) {
            throw new IllegalArgumentException("the protocol lasts " + Dimension.TIME.formatRounded(duration)
                    + "; a protocol lasts at most " + Dimension.TIME.formatRounded(MAX_DURATION) + " (about 30 years)");
        }
        for (PulseWindow w : stimulus.pulseWindows()) {
            if (!(w.end() > w.start())) {
                throw new IllegalArgumentException("a pulse at t = " + Dimension.TIME.formatRounded(w.start())
                        + " is shorter than the time resolution there (durations in one protocol must lie within "
                        + "about 12 orders of magnitude of its length)");
            }
        }
    }

    /**
     * Refuses, before anything runs, what the run would refuse: measurements the protocol cannot
     * feed, analyses across temperatures without temperatures, runs recording more than
     * {@code maxSamples} rows.
     */
    public void check(double maxSamples) {
        checkTimes();
        for (Analysis m : measurements) {
            m.check(stimulus);
            if (m instanceof AnalysisAcrossTemperatures across
                    && temperatures.length < AnalysisAcrossTemperatures.MIN_TEMPERATURES) {
                throw new IllegalArgumentException(across.needsTemperatures());
            }
        }
        double samples = estimatedSamples();
        if (samples > maxSamples) {
            throw new IllegalArgumentException("the run would record " + Dimension.rounded(samples)
                    + " samples (about " + Dimension.rounded(estimatedBytes() / 1e6) + " MB), more than max_samples = "
                    + Dimension.rounded(maxSamples) + ": sample more coarsely or raise max_samples");
        }
    }

    public RunResult run(ProgressListener progress) {
        double[] kelvin = runTemperatures();
        List<TimeSeries> runs = new ArrayList<>();
        for (int k = 0; k < kelvin.length; k++) {
            int index = k;
            ProgressListener part = f -> progress.progress((index + f) / kelvin.length);
            runs.add(new Simulator(options).simulate(device, stimulus.withTemperature(kelvin[k]), part,
                    new Well19937c(seed)).series());
        }
        List<ResultTable> tables = new ArrayList<>();
        List<Figure> figures = new ArrayList<>();
        for (Analysis m : measurements) {
            if (m instanceof AnalysisAcrossTemperatures across) {
                add(m, across.analyse(kelvin, runs, stimulus), "", tables, figures);
                continue;
            }
            for (int k = 0; k < kelvin.length; k++) {
                String suffix = temperatures.length == 0 ? "" : "_" + Dimension.TEMPERATURE.format(kelvin[k])
                        .replace(" ", "");
                ResultTable table = m instanceof AnalysisOfFinalState after
                        ? after.analyse(finalState(runs.get(k)), kelvin[k])
                        : m.analyse(runs.get(k), stimulus.withTemperature(kelvin[k]));
                add(m, table, suffix, tables, figures);
            }
        }
        return new RunResult(name, tables, figures);
    }

    private DeviceModel finalState(TimeSeries run) {
        String[] names = device.stateNames();
        double[] state = new double[names.length];
        for (int i = 0; i < names.length; i++) {
            double[] column = run.column(names[i]);
            state[i] = column[column.length - 1];
        }
        return new ResumedModel(device, state);
    }

    private void add(Analysis m, ResultTable table, String suffix, List<ResultTable> tables, List<Figure> figures) {
        ResultTable withArea = perArea(table);
        if (suffix.isEmpty()) {
            tables.add(withArea);
            figures.addAll(m.figures(withArea));
            return;
        }
        String at = suffix.substring(1);
        tables.add(new ResultTable(withArea.name() + suffix, withArea.header(), withArea.data(), withArea.scalars()));
        for (Figure figure : m.figures(withArea)) {
            figures.add(new Figure(figure.name() + suffix, figure.title() + " at " + at, figure.xLabel(),
                    figure.yLabel(), figure.logX(), figure.logY(), figure.series()));
        }
    }

    private ResultTable perArea(ResultTable table) {
        if (area == 0.0) {
            return table;
        }
        List<Column> columns = new ArrayList<>(table.header());
        List<double[]> data = new ArrayList<>(Arrays.asList(table.data()));
        for (String[] pair : PER_AREA) {
            int index = table.columns().indexOf(pair[0]);
            if (index >= 0 && !table.columns().contains(pair[1])) {
                double[] perArea = table.data()[index].clone();
                for (int r = 0; r < perArea.length; r++) {
                    perArea[r] /= area;
                }
                Column perUnit = table.header().get(index);
                int at = columns.indexOf(perUnit) + 1;
                columns.add(at, Column.of(pair[1], perUnit.unit() + "/m^2"));
                data.add(at, perArea);
            }
        }
        return new ResultTable(table.name(), columns, data.toArray(double[][]::new), table.scalars());
    }
}
