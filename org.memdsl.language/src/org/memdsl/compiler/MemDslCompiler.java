package org.memdsl.compiler;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.EcoreUtil2;
import org.memdsl.memDsl.Array;
import org.memdsl.memDsl.ArrayStep;
import org.memdsl.memDsl.Choice;
import org.memdsl.memDsl.Device;
import org.memdsl.memDsl.Experiment;
import org.memdsl.memDsl.FileName;
import org.memdsl.memDsl.Measurement;
import org.memdsl.memDsl.Network;
import org.memdsl.memDsl.ParameterAssignment;
import org.memdsl.memDsl.Pattern;
import org.memdsl.memDsl.Protocol;
import org.memdsl.memDsl.Stimulus;
import org.memdsl.memDsl.Value;
import org.memdsl.memDsl.Variation;
import org.memdsl.runtime.ExperimentPlan;
import org.memdsl.runtime.array.ArrayExperimentSettings;
import org.memdsl.runtime.array.ArrayKind;
import org.memdsl.runtime.array.ArrayKinds;
import org.memdsl.runtime.array.ArrayOperation;
import org.memdsl.runtime.array.ArrayPlan;
import org.memdsl.runtime.array.PatternKind;
import org.memdsl.runtime.array.PatternKinds;
import org.memdsl.runtime.catalog.Dimension;
import org.memdsl.runtime.catalog.Kind;
import org.memdsl.runtime.catalog.Parameter;
import org.memdsl.runtime.catalog.ParameterValues;
import org.memdsl.runtime.catalog.Values;
import org.memdsl.runtime.device.DeclaredDevice;
import org.memdsl.runtime.device.DeviceFamilies;
import org.memdsl.runtime.device.DeviceFamily;
import org.memdsl.runtime.device.DeviceGeometry;
import org.memdsl.runtime.device.DeviceModel;
import org.memdsl.runtime.measurement.Analysis;
import org.memdsl.runtime.measurement.MeasurementKind;
import org.memdsl.runtime.measurement.MeasurementKinds;
import org.memdsl.runtime.network.NetworkKind;
import org.memdsl.runtime.network.NetworkKinds;
import org.memdsl.runtime.network.NetworkSpec;
import org.memdsl.runtime.result.RequestedOutput;
import org.memdsl.runtime.simulation.ExperimentSettings;
import org.memdsl.runtime.simulation.SimulationOptions;
import org.memdsl.runtime.stimulus.AppliedStimulus;
import org.memdsl.runtime.stimulus.SourceLimit;
import org.memdsl.runtime.stimulus.StimulusKind;
import org.memdsl.runtime.stimulus.StimulusKinds;
import org.memdsl.runtime.stimulus.Waveform;
import org.memdsl.units.UnitException;

/**
 * Turns the syntax tree of a validated {@code .mem} file into runtime objects of the engine. The
 * engine never sees EMF: everything crosses as SI numbers, resolved paths and plain Java objects.
 */
public final class MemDslCompiler {

    private MemDslCompiler() {
    }

    /**
     * What a block's assignments give, in SI units and resolved paths, checked against its kind's
     * parameters only for names and dimensions (ranges are the kind's to check).
     */
    static Values values(List<ParameterAssignment> assignments, Kind kind, EObject context) {
        return values(assignments, kind, context, Bindings.NONE);
    }

    /**
     * {@link #values(List, Kind, EObject)} with the protocol parameters a {@code $name} stands for
     * bound; a later assignment of a name overrides an earlier one (an experiment's settings after
     * its protocol's).
     */
    static Values values(List<ParameterAssignment> assignments, Kind kind, EObject context, Bindings bindings) {
        Map<String, double[]> numbers = new HashMap<>();
        Map<String, Path> files = new HashMap<>();
        Map<String, String> choices = new HashMap<>();
        for (ParameterAssignment a : assignments) {
            Parameter p = kind.parameter(a.getName()).orElseThrow(() -> new CompileException(
                    BlockKinds.describe(context, kind) + " has no parameter '" + a.getName() + "'", a));
            Value value = bindings.resolve(a.getValue());
            numbers.remove(a.getName());
            files.remove(a.getName());
            choices.remove(a.getName());
            if (value instanceof FileName file) {
                files.put(a.getName(), DataFiles.resolve(value, file.getPath()));
            } else if (value instanceof Choice choice) {
                choices.put(a.getName(), choice.getOption());
            } else {
                try {
                    numbers.put(a.getName(), Quantities.toSi(value, p.dimension()));
                } catch (UnitException e) {
                    throw new CompileException(e.getMessage() + " for '" + p.name() + "'", value);
                }
            }
        }
        bindings.numbers(context).forEach((name, value) -> numbers.put(name, new double[] { value }));
        return new Values(numbers, files, choices);
    }

    /** The bindings that hold where {@code block} is written: a protocol's defaults inside a protocol. */
    public static Bindings defaultBindings(EObject block) {
        Protocol protocol = EcoreUtil2.getContainerOfType(block, Protocol.class);
        return protocol == null ? Bindings.NONE : Bindings.of(protocol, List.of());
    }

    public static DeviceModel deviceModel(Device device) {
        DeviceFamily family = family(device);
        return family.create(values(device.getParameters(), family, device));
    }

    static DeviceFamily family(Device device) {
        return DeviceFamilies.CATALOGUE.byName(device.getFamily()).orElseThrow(
                () -> new CompileException(DeviceFamilies.CATALOGUE.unknown(device.getFamily()), device));
    }

    public static StimulusKind kind(Stimulus stimulus) {
        return StimulusKinds.CATALOGUE.byName(stimulus.getKind()).orElseThrow(
                () -> new CompileException(StimulusKinds.CATALOGUE.unknown(stimulus.getKind()), stimulus));
    }

    /** The waveform of a stimulus; inside a protocol, with the protocol's defaults. */
    public static Waveform waveform(Stimulus stimulus) {
        StimulusKind kind = kind(stimulus);
        return kind.create(values(stimulus.getArguments(), kind, stimulus, defaultBindings(stimulus)));
    }

    /** How many edges {@link #waveform(Stimulus)} would have, counted without building it. */
    public static long edges(Stimulus stimulus) {
        return edges(stimulus, defaultBindings(stimulus));
    }

    /** How many edges the stimulus has with {@code bindings} (an application's, a study point's), not built. */
    static long edges(Stimulus stimulus, Bindings bindings) {
        StimulusKind kind = kind(stimulus);
        return kind.edges(new ParameterValues(kind, values(stimulus.getArguments(), kind, stimulus, bindings)));
    }

    /** The file stem a measurement writes: its {@code as} name or its kind. */
    public static String outputName(Measurement measurement) {
        return measurement.getName() != null ? measurement.getName() : measurement.getKind();
    }

    /** The settings of an application, with defaults. */
    public static ParameterValues settings(Application application) {
        return new ParameterValues(ExperimentSettings.INSTANCE, values(application.settings(),
                ExperimentSettings.INSTANCE, application.source(), application.bindings()));
    }

    public static ExperimentPlan experiment(Experiment experiment) {
        return experiment(Application.of(experiment));
    }

    public static ExperimentPlan experiment(Application application) {
        DeviceFamily deviceFamily = family(application.device());
        DeviceModel device = deviceFamily.create(values(application.device().getParameters(), deviceFamily,
                application.device(), application.bindings()));
        ParameterValues settings = settings(application);
        if (application.schedule().isEmpty()) {
            throw new CompileException("'" + application.name() + "' applies no stimulus", application.source());
        }
        AppliedStimulus stimulus = ScheduleCompiler.compile(application.schedule(), application.bindings(),
                settings.get(ExperimentSettings.TEMPERATURE),
                new SourceLimit(settings.get(ExperimentSettings.SERIES_RESISTANCE),
                        settings.get(ExperimentSettings.COMPLIANCE),
                        settings.get(ExperimentSettings.NEGATIVE_COMPLIANCE)),
                settings.get(ExperimentSettings.MAX_EDGES));

        List<Analysis> measurements = new ArrayList<>();
        for (Measurement m : application.measurements()) {
            MeasurementKind kind = MeasurementKinds.CATALOGUE.byName(m.getKind()).orElseThrow(
                    () -> new CompileException(MeasurementKinds.CATALOGUE.unknown(m.getKind()), m));
            try {
                measurements.add(kind.create(outputName(m), values(m.getArguments(), kind, m,
                        application.bindings())));
            } catch (IllegalArgumentException e) {
                throw new CompileException("measurement '" + outputName(m) + "': " + e.getMessage(), m);
            }
        }

        double sample = settings.get(ExperimentSettings.SAMPLE);
        if (sample == 0.0) {
            sample = stimulus.duration() / ExperimentSettings.DEFAULT_SAMPLES;
        }
        double maxStep = settings.get(ExperimentSettings.MAX_STEP);
        SimulationOptions options = SimulationOptions.sampledEvery(sample)
                .withWallClockLimit(settings.get(ExperimentSettings.MAX_RUN_TIME));
        if (maxStep > 0) {
            options = options.withMaxStep(maxStep);
        }
        long seed = (long) settings.get(ExperimentSettings.SEED);
        double[] temperatures = settings.has(ExperimentSettings.TEMPERATURES)
                ? settings.list(ExperimentSettings.TEMPERATURES) : new double[0];
        double area = values(application.device().getParameters(), deviceFamily, application.device(),
                application.bindings()).numbers().getOrDefault(DeviceGeometry.AREA, new double[] { 0.0 })[0];
        return new ExperimentPlan(application.name(), device, stimulus, measurements, options, seed, temperatures,
                area);
    }

    /**
     * {@link #experiment(Experiment)} checked as far as it can be before it runs: every measurement
     * can be fed by the schedule, and the run stays within {@code max_samples}.
     *
     * @throws CompileException located at what is wrong
     */
    public static ExperimentPlan checkedExperiment(Experiment experiment) {
        return checkedExperiment(Application.of(experiment));
    }

    /** {@link #checkedExperiment(Experiment)} of any application (an experiment, a characterisation's run). */
    public static ExperimentPlan checkedExperiment(Application application) {
        ExperimentPlan plan = experiment(application);
        String what = application.source() instanceof Experiment ? "experiment '" : "'";
        try {
            plan.checkTimes();
        } catch (IllegalArgumentException e) {
            throw new CompileException(what + application.name() + "': " + e.getMessage(), application.source());
        }
        for (int k = 0; k < plan.measurements().size(); k++) {
            try {
                plan.withMeasurement(k).check(Double.POSITIVE_INFINITY);
            } catch (IllegalArgumentException e) {
                throw new CompileException(e.getMessage(), application.measurements().get(k));
            }
        }
        try {
            ParameterValues settings = settings(application);
            plan.check(settings.get(ExperimentSettings.MAX_SAMPLES), settings.get(ExperimentSettings.MAX_RUN_TIME));
        } catch (IllegalArgumentException e) {
            throw new CompileException(what + application.name() + "': " + e.getMessage(), application.source());
        }
        return plan;
    }

    public static NetworkSpec network(Network network) {
        NetworkKind kind = NetworkKinds.CATALOGUE.byName(network.getKind()).orElseThrow(
                () -> new CompileException(NetworkKinds.CATALOGUE.unknown(network.getKind()), network));
        DeclaredDevice synapse = network.getSynapse() == null ? null
                : declared(network.getSynapse(), network.getVariations());
        Values settings = values(network.getSettings(), kind, network);
        List<RequestedOutput> outputs = network.getMeasurements().stream()
                .map(m -> new RequestedOutput(m.getKind(), outputName(m))).toList();
        Map<String, Double> numbers = scalars(settings);
        return new NetworkSpec(network.getName(), kind, synapse, numbers, settings.files(), outputs,
                NetworkSpec.seedOf(kind, numbers));
    }

    /** The pattern a declaration gives. */
    public static org.memdsl.runtime.array.Pattern pattern(Pattern pattern) {
        PatternKind kind = PatternKinds.CATALOGUE.byName(pattern.getKind()).orElseThrow(
                () -> new CompileException(PatternKinds.CATALOGUE.unknown(pattern.getKind()), pattern));
        return kind.create(pattern.getName(), pattern.getRows(),
                new ParameterValues(kind, values(pattern.getArguments(), kind, pattern)));
    }

    public static ArrayKind arrayKind(Array array) {
        return ArrayKinds.CATALOGUE.byName(array.getKind()).orElseThrow(
                () -> new CompileException(ArrayKinds.CATALOGUE.unknown(array.getKind()), array));
    }

    /** The settings of an array declaration, with defaults. */
    public static ParameterValues arraySettings(Array array) {
        ArrayKind kind = arrayKind(array);
        return new ParameterValues(kind, values(array.getSettings(), kind, array));
    }

    public static ArrayPlan arrayPlan(Experiment experiment) {
        return arrayPlan(experiment.getArray(), experiment);
    }

    /** The plan of an experiment on {@code array}; with no experiment, the array as built (no steps). */
    public static ArrayPlan arrayPlan(Array array, Experiment experimentOrNull) {
        ArrayKind kind = arrayKind(array);
        if (array.getCell() == null) {
            throw new CompileException("array '" + array.getName() + "' needs its cell: device NAME", array);
        }
        DeclaredDevice cell = declared(array.getCell(), array.getVariations());
        List<ArrayPlan.Step> steps = new ArrayList<>();
        if (experimentOrNull == null) {
            return new ArrayPlan(array.getName(), kind, cell, values(array.getSettings(), kind, array), steps,
                    List.of(), 0);
        }
        Experiment experiment = experimentOrNull;
        if (experiment.getArray() != array) {
            throw new CompileException("experiment '" + experiment.getName() + "' does not run on array '"
                    + array.getName() + "'", experiment);
        }
        for (ArrayStep step : experiment.getSteps()) {
            ArrayOperation operation = kind.operations().byName(step.getOperation()).orElseThrow(
                    () -> new CompileException(kind.operations().unknown(step.getOperation()), step));
            steps.add(new ArrayPlan.Step(operation, step.getPattern() == null ? null : pattern(step.getPattern()),
                    values(step.getArguments(), operation, step)));
        }
        List<RequestedOutput> outputs = experiment.getMeasurements().stream()
                .map(m -> new RequestedOutput(m.getKind(), outputName(m))).toList();
        ParameterValues settings = new ParameterValues(ArrayExperimentSettings.INSTANCE,
                values(experiment.getSettings(), ArrayExperimentSettings.INSTANCE, experiment));
        return new ArrayPlan(experiment.getName(), kind, cell, values(array.getSettings(), kind, array), steps,
                outputs, (long) settings.get(ExperimentSettings.SEED));
    }

    /** A declared device with the device-to-device variation a block draws of it. */
    private static DeclaredDevice declared(Device device, List<Variation> variations) {
        DeviceFamily family = family(device);
        Map<String, Double> sigmas = new HashMap<>();
        for (Variation v : variations) {
            sigmas.put(v.getParameter(), Quantities.toSi(v.getSpread(), Dimension.DIMENSIONLESS));
        }
        Values given = values(device.getParameters(), family, device);
        return new DeclaredDevice(family, scalars(given), given.files(), sigmas);
    }

    private static Map<String, Double> scalars(Values values) {
        Map<String, Double> scalars = new HashMap<>();
        values.numbers().forEach((name, items) -> scalars.put(name, items[0]));
        return scalars;
    }
}
