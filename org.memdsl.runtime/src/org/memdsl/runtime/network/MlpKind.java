package org.memdsl.runtime.network;

import java.util.ArrayList;
import java.util.List;

import org.hipparchus.random.RandomGenerator;
import org.memdsl.runtime.catalog.Dimension;
import org.memdsl.runtime.catalog.Parameter;
import org.memdsl.runtime.catalog.ParameterValues;
import org.memdsl.runtime.data.LabelledImages;
import org.memdsl.runtime.device.MeasuredPulseCurves;
import org.memdsl.runtime.device.PulseTableModel;
import org.memdsl.runtime.result.Column;
import org.memdsl.runtime.result.Figure;
import org.memdsl.runtime.result.FigureSeries;
import org.memdsl.runtime.result.OutputKind;
import org.memdsl.runtime.result.ResultTable;
import org.memdsl.runtime.result.RunResult;
import org.memdsl.runtime.simulation.ProgressListener;
import org.memdsl.runtime.simulation.RandomStreams;

/**
 * {@code network NAME : mlp}: a device-aware two-layer perceptron ({@link DeviceMlp}, NeuroSim
 * methodology): every weight is the declared device, characterised with the programming pulses of
 * the settings, and each SGD update is a whole number of its pulses along its measured curves, with
 * cycle-to-cycle noise and device-to-device step spread; no device gives floating-point weights.
 */
public final class MlpKind extends ImageNetworkKind<MlpKind.Trained> {

    /** What a run produced, from which the outputs are written. */
    record Trained(double[] epoch, double[] accuracy, int[][] confusion, MeasuredPulseCurves curves) {

        double test() {
            return accuracy[accuracy.length - 1];
        }
    }

    public static final String NAME = "mlp";

    private static final List<Parameter> SETTINGS;

    static {
        List<Parameter> all = new ArrayList<>(List.of(
                Parameter.count("hidden", 100, 1, 100_000, "sigmoid hidden units"),
                Parameter.count("epochs", 3, 1, 10_000, "passes over the training images"),
                new Parameter("learning_rate", Dimension.DIMENSIONLESS, 0.1, 0, 100, "SGD step size"),
                new Parameter("cycle_noise", Dimension.DIMENSIONLESS, 0, 0, 1,
                        "cycle-to-cycle σ of a pulse, relative to the conductance range"),
                new Parameter("step_spread", Dimension.DIMENSIONLESS, 0, 0, 2,
                        "device-to-device log-normal σ of the step size")));
        all.addAll(ImageDatasets.settings(2000, 500));
        // a NeuroSim-style pulse device of 64 states
        all.addAll(ProgrammingPulses.settings(1.0, -1.0, 1e-3, 64));
        SETTINGS = List.copyOf(all);
    }

    public MlpKind() {
        super(NAME, "device-aware perceptron: SGD updates as whole programming pulses of the device (NeuroSim)",
                SETTINGS, List.of(new OutputKind<Trained, NetworkOutputs>("accuracy", "test accuracy after every epoch",
                        (t, name, out) -> out.add(new ResultTable(name, List.of(Column.of("epoch", Column.ONE),
                                Column.of("accuracy", Column.ONE)),
                                new double[][] { t.epoch(), t.accuracy() }), new Figure(name,
                                        String.format("Accuracy: %.1f %% on the test images", 100 * t.test()), "epoch",
                                        "test accuracy", false,
                                        List.of(new FigureSeries("test", t.epoch(), t.accuracy()))))),
                        new OutputKind<Trained, NetworkOutputs>("confusion",
                                "confusion matrix of the test images (CSV and heat map)",
                                (t, name, out) -> out.confusion(name, t.confusion(), t.test())),
                        new OutputKind<Trained, NetworkOutputs>("synapse_curves",
                                "the weight device's conductance against pulse number",
                                (t, name, out) -> out.curves(name, t.curves()))));
    }

    @Override
    public boolean variesDevices() {
        return false;
    }

    @Override
    public RunResult run(NetworkSpec spec, ProgressListener progress) {
        ParameterValues v = spec.values();
        LabelledImages all = ImageDatasets.read(v.file(ImageDatasets.IMAGES),
                v.optionalFile(ImageDatasets.LABELS).orElse(null));
        LabelledImages[] split = ImageDatasets.split(all, (int) v.get("train"), (int) v.get("test"), spec);
        MeasuredPulseCurves curves = null;
        WeightDevice device = null;
        if (spec.synapse() != null) {
            ProgrammingPulses pulses = ProgrammingPulses.of(v);
            curves = DeviceCharacterisation.curves(spec.synapse().family().create(spec.synapse().values(),
                    spec.synapse().files()), pulses);
            // one pulse of the look-up model moves one row along the measured curve
            device = new WeightDevice(new PulseTableModel(curves, 1.0, 1.0, curves.lowest()), curves.lowest(),
                    curves.highest(), 1.0, 1.0, pulses.count());
        }
        RandomGenerator random = spec.random(RandomStreams.TRAINING);
        int classes = ImageDatasets.classes(split);
        DeviceMlp mlp = new DeviceMlp(all.width() * all.height(), (int) v.get("hidden"), classes, device,
                new DeviceMlp.Variation(v.get("cycle_noise"), v.get("step_spread")), random);
        int epochs = (int) v.get("epochs");
        double[] epoch = new double[epochs];
        double[] accuracy = new double[epochs];
        for (int e = 0; e < epochs; e++) {
            mlp.trainEpoch(split[0], v.get("learning_rate"));
            epoch[e] = e + 1;
            accuracy[e] = mlp.accuracy(split[1]);
            progress.progress((e + 1.0) / epochs);
        }
        int[][] confusion = new int[classes][classes + 1];
        for (int k = 0; k < split[1].size(); k++) {
            confusion[split[1].labels()[k]][mlp.classify(split[1].pixels()[k])]++;
        }
        return write(spec, new Trained(epoch, accuracy, confusion, curves));
    }
}
