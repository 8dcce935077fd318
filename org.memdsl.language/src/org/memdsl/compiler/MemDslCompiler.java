package org.memdsl.compiler;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.eclipse.emf.ecore.EObject;
import org.memdsl.memDsl.Assignment;
import org.memdsl.memDsl.Device;
import org.memdsl.memDsl.FileName;
import org.memdsl.memDsl.Experiment;
import org.memdsl.memDsl.Measurement;
import org.memdsl.memDsl.Network;
import org.memdsl.memDsl.Stimulus;
import org.memdsl.memDsl.Variation;
import org.memdsl.runtime.device.DeviceFamilies;
import org.memdsl.runtime.device.DeviceFamily;
import org.memdsl.runtime.device.DeviceModel;
import org.memdsl.runtime.device.Dimension;
import org.memdsl.runtime.device.ParameterSpec;
import org.memdsl.runtime.measurement.MeasurementKinds;
import org.memdsl.runtime.network.NetworkKind;
import org.memdsl.runtime.network.NetworkKinds;
import org.memdsl.runtime.network.NetworkSpec;
import org.memdsl.runtime.simulation.SimulationOptions;
import org.memdsl.runtime.stimulus.ArgumentSpec;
import org.memdsl.runtime.stimulus.Channel;
import org.memdsl.runtime.stimulus.Sequence;
import org.memdsl.runtime.stimulus.SourceLimit;
import org.memdsl.runtime.stimulus.StimulusArguments;
import org.memdsl.runtime.stimulus.StimulusKind;
import org.memdsl.runtime.stimulus.StimulusKinds;
import org.memdsl.runtime.stimulus.Waveform;

/**
 * Turns the syntax tree of a validated {@code .mem} file into runtime objects of the engine. The
 * engine never sees EMF: everything crosses as SI numbers and plain Java objects.
 */
public final class MemDslCompiler {

    private MemDslCompiler() {
    }

    public static DeviceModel deviceModel(Device device) {
        DeviceFamily family = family(device);
        return family.create(deviceValues(device, family), deviceFiles(device));
    }

    private static DeviceFamily family(Device device) {
        return DeviceFamilies.byName(device.getFamily())
                .orElseThrow(() -> new CompileException("unknown device family '" + device.getFamily() + "'", device));
    }

    /** The numeric parameters a device declaration gives, in SI units. */
    private static Map<String, Double> deviceValues(Device device, DeviceFamily family) {
        Map<String, Double> values = new HashMap<>();
        for (Assignment a : device.getParameters()) {
            if (a.getValue() instanceof FileName) {
                continue;
            }
            ParameterSpec spec = family.parameter(a.getName()).orElseThrow(() -> new CompileException(
                    "device family '" + family.name() + "' has no parameter '" + a.getName() + "'", a));
            values.put(a.getName(), Quantities.toSi(a.getValue(), spec.dimension())[0]);
        }
        return values;
    }

    /** The data files a declaration names, resolved next to its {@code .mem} file. */
    private static Map<String, Path> files(List<Assignment> assignments, EObject context) {
        Map<String, Path> files = new HashMap<>();
        for (Assignment a : assignments) {
            if (a.getValue() instanceof FileName file) {
                files.put(a.getName(), DataFiles.resolve(context, file.getPath()));
            }
        }
        return files;
    }

    private static Map<String, Path> deviceFiles(Device device) {
        return files(device.getParameters(), device);
    }

    public static StimulusKind kind(Stimulus stimulus) {
        return StimulusKinds.byName(stimulus.getKind())
                .orElseThrow(() -> new CompileException("unknown stimulus kind '" + stimulus.getKind() + "'", stimulus));
    }

    public static Waveform waveform(Stimulus stimulus) {
        return waveform(stimulus, arguments(stimulus));
    }

    private static Waveform waveform(Stimulus stimulus, Map<String, double[]> arguments) {
        StimulusKind kind = kind(stimulus);
        return kind.create(new StimulusArguments(kind.name(), kind.arguments(), arguments));
    }

    /** The stimulus' arguments in SI units, by name. */
    private static Map<String, double[]> arguments(Stimulus stimulus) {
        StimulusKind kind = kind(stimulus);
        Map<String, double[]> values = new HashMap<>();
        for (Assignment a : stimulus.getArguments()) {
            ArgumentSpec spec = kind.arguments().stream().filter(s -> s.name().equals(a.getName())).findFirst()
                    .orElseThrow(() -> new CompileException(
                            "stimulus kind '" + kind.name() + "' has no argument '" + a.getName() + "'", a));
            values.put(a.getName(), Quantities.toSi(a.getValue(), spec.dimension()));
        }
        return values;
    }

    /** The file stem a measurement writes: its {@code as} name or its kind. */
    public static String outputName(Measurement measurement) {
        return measurement.getName() != null ? measurement.getName() : measurement.getKind();
    }

    public static double setting(Experiment experiment, String name) {
        ParameterSpec spec = ExperimentSettings.byName(name).orElseThrow();
        for (Assignment a : experiment.getSettings()) {
            if (a.getName().equals(name)) {
                return Quantities.toSi(a.getValue(), spec.dimension())[0];
            }
        }
        return spec.defaultValue();
    }

    public static org.memdsl.runtime.Experiment experiment(Experiment experiment) {
        DeviceModel device = deviceModel(experiment.getDevice());
        List<Waveform> electricalParts = new ArrayList<>();
        Optional<Waveform> light = Optional.empty();
        double wavelength = 0.0;
        for (Stimulus s : experiment.getStimuli()) {
            if (kind(s).channel() == Channel.ELECTRICAL) {
                electricalParts.add(waveform(s));
            } else {
                Map<String, double[]> arguments = arguments(s);
                light = Optional.of(waveform(s, arguments));
                wavelength = arguments.get("wavelength")[0];
            }
        }
        Waveform electrical = electricalParts.size() == 1 ? electricalParts.get(0)
                : electricalParts.isEmpty() ? null : new Sequence(electricalParts);
        if (electrical == null) {
            throw new CompileException("experiment '" + experiment.getName() + "' applies no electrical stimulus",
                    experiment);
        }
        org.memdsl.runtime.stimulus.Stimulus stimulus = new org.memdsl.runtime.stimulus.Stimulus(electrical, light,
                wavelength, setting(experiment, ExperimentSettings.TEMPERATURE),
                new SourceLimit(setting(experiment, ExperimentSettings.SERIES_RESISTANCE),
                        setting(experiment, ExperimentSettings.COMPLIANCE),
                        setting(experiment, ExperimentSettings.NEGATIVE_COMPLIANCE)));

        List<org.memdsl.runtime.measurement.Measurement> measurements = new ArrayList<>();
        for (Measurement m : experiment.getMeasurements()) {
            MeasurementKinds.Kind kind = MeasurementKinds.byName(m.getKind())
                    .orElseThrow(() -> new CompileException("unknown measurement '" + m.getKind() + "'", m));
            measurements.add(kind.create(outputName(m)));
        }

        double sample = setting(experiment, ExperimentSettings.SAMPLE);
        if (sample == 0.0) {
            sample = stimulus.duration() / ExperimentSettings.DEFAULT_SAMPLES;
        }
        double maxStep = setting(experiment, ExperimentSettings.MAX_STEP);
        SimulationOptions options = SimulationOptions.sampledEvery(sample);
        if (maxStep > 0) {
            options = options.withMaxStep(maxStep);
        }
        long seed = (long) setting(experiment, ExperimentSettings.SEED);
        return new org.memdsl.runtime.Experiment(experiment.getName(), device, stimulus, measurements, options, seed);
    }

    public static NetworkSpec network(Network network) {
        NetworkKind kind = NetworkKinds.byName(network.getKind()).orElseThrow(
                () -> new CompileException("unknown network kind '" + network.getKind() + "'", network));
        NetworkSpec.Synapse synapse = null;
        if (network.getSynapse() != null) {
            Device device = network.getSynapse();
            DeviceFamily family = family(device);
            Map<String, Double> sigmas = new HashMap<>();
            for (Variation v : network.getVariations()) {
                sigmas.put(v.getParameter(), Quantities.toSi(v.getSpread(), Dimension.DIMENSIONLESS));
            }
            synapse = new NetworkSpec.Synapse(family, deviceValues(device, family), deviceFiles(device), sigmas);
        }
        Map<String, Double> settings = new HashMap<>();
        for (Assignment a : network.getSettings()) {
            if (a.getValue() instanceof FileName) {
                continue;
            }
            ParameterSpec spec = kind.settings().stream().filter(p -> p.name().equals(a.getName())).findFirst()
                    .orElseThrow(() -> new CompileException(
                            "network kind '" + kind.name() + "' has no setting '" + a.getName() + "'", a));
            settings.put(a.getName(), Quantities.toSi(a.getValue(), spec.dimension())[0]);
        }
        List<NetworkSpec.Requested> outputs = network.getMeasurements().stream()
                .map(m -> new NetworkSpec.Requested(m.getKind(), outputName(m))).toList();
        long seed = settings.containsKey("seed") ? settings.get("seed").longValue() : 0L;
        return new NetworkSpec(network.getName(), kind, synapse, settings, files(network.getSettings(), network),
                outputs, seed);
    }
}
