package org.memdsl.runtime.network;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.memdsl.runtime.data.LabelledImages;
import org.memdsl.runtime.device.Dimension;
import org.memdsl.runtime.device.MeasuredPulseCurves;
import org.memdsl.runtime.device.ParameterSpec;
import org.memdsl.runtime.device.ParameterValues;
import org.memdsl.runtime.result.ExperimentResult;
import org.memdsl.runtime.result.Figure;
import org.memdsl.runtime.result.FigureSeries;
import org.memdsl.runtime.result.Raster;
import org.memdsl.runtime.result.ResultTable;
import org.memdsl.runtime.simulation.ProgressListener;

/**
 * {@code network NAME : diehl_cook}: the unsupervised spiking network of Diehl &amp; Cook trained on
 * labelled images by the protocol of paper C ({@link SpikingTraining}), its input synapses made of
 * the declared device (characterised with the programming pulses of the settings) or ideal.
 */
public final class DiehlCookKind extends ImageNetworkKind {

    public static final String NAME = "diehl_cook";

    private static final List<ParameterSpec> SETTINGS;

    static {
        List<ParameterSpec> all = new ArrayList<>(DiehlCookParameters.SPECS);
        all.addAll(ImageDatasets.settings(6000, 1000));
        all.add(new ParameterSpec("interval", Dimension.DIMENSIONLESS, 500, 0, 1e7,
                "training images per point of the learning curve (0: none)"));
        // the paper-C cell in its analog window
        all.addAll(ProgrammingPulses.settings(1.05, -0.53, 100e-9, 300));
        all.add(new ParameterSpec("variants", Dimension.DIMENSIONLESS, 16, 1, 128,
                "devices drawn for device-to-device variation (with 'vary')"));
        SETTINGS = List.copyOf(all);
    }

    private static final int DEVICES = 2;
    private static final int INITIAL_WEIGHTS = 3;

    /** Receptive fields drawn at most. */
    private static final int FIELDS = 100;

    public DiehlCookKind() {
        super(NAME, "spiking network of Diehl & Cook (2015) with device-backed STDP synapses", SETTINGS,
                List.of(new Output("accuracy", "learning curve against training images and the test accuracy"),
                        new Output("confusion", "confusion matrix of the test images (CSV and heat map)"),
                        new Output("receptive_fields", "input weights of the first neurons as images"),
                        new Output("neurons", "label and adaptive threshold of every excitatory neuron"),
                        new Output("synapse_curves", "the synapse device's conductance against pulse number")));
    }

    @Override
    public ExperimentResult run(NetworkSpec spec, ProgressListener progress) {
        ParameterValues v = spec.values();
        DiehlCookParameters p = DiehlCookParameters.of(networkSettings(spec));
        LabelledImages all = ImageDatasets.read(spec.file("images"), spec.files().get("labels"));
        LabelledImages[] split = ImageDatasets.split(all, (int) v.get("train"), (int) v.get("test"), spec);
        int inputs = all.width() * all.height();
        WeightResponse[] responses;
        byte[] variantOf = null;
        MeasuredPulseCurves curves = null;
        if (spec.synapse() == null) {
            responses = new WeightResponse[] { WeightResponse.clipped(p.wMax()) };
        } else {
            DeviceSynapses synapses = DeviceSynapses.of(spec.synapse().family(), spec.synapse().values(),
                    spec.synapse().files(), spec.synapse().variation(), (int) v.get("variants"),
                    ProgrammingPulses.of(v), p.wMax(), inputs * p.excitatory(), spec.random(DEVICES));
            responses = synapses.responses();
            variantOf = synapses.variantOf();
            curves = synapses.nominal();
        }
        DiehlCookNetwork network = new DiehlCookNetwork(p, inputs, responses, variantOf,
                spec.random(INITIAL_WEIGHTS));
        int classes = ImageDatasets.classes(split);
        SpikingTraining.Result result = SpikingTraining.run(network, split[0], split[1], classes,
                (int) v.get("interval"), spec.seed(), progress);

        NetworkOutputs outputs = new NetworkOutputs();
        for (NetworkSpec.Requested out : spec.outputs()) {
            switch (out.kind()) {
                case "accuracy" -> {
                    ResultTable t = accuracy(out.name(), result);
                    outputs.add(t, accuracyFigure(out.name(), t, result.testAccuracy()));
                }
                case "confusion" -> outputs.confusion(out.name(), result.confusion(), result.testAccuracy());
                case "receptive_fields" ->
                    outputs.add(receptiveFields(out.name(), network, all.width(), all.height()));
                case "neurons" -> outputs.add(neurons(out.name(), network, result.neuronLabels()));
                case "synapse_curves" -> outputs.curves(out.name(), curves);
                default -> throw NetworkOutputs.unknown(this, out);
            }
        }
        return outputs.result(spec.name());
    }

    private static Map<String, Double> networkSettings(NetworkSpec spec) {
        Map<String, Double> own = new HashMap<>();
        for (ParameterSpec s : DiehlCookParameters.SPECS) {
            Double value = spec.settings().get(s.name());
            if (value != null) {
                own.put(s.name(), value);
            }
        }
        return own;
    }

    private static ResultTable accuracy(String name, SpikingTraining.Result r) {
        int n = r.curveSamples().length;
        double[] samples = new double[n + 1];
        double[] accuracy = new double[n + 1];
        double[] phase = new double[n + 1];
        for (int k = 0; k < n; k++) {
            samples[k] = r.curveSamples()[k];
            accuracy[k] = r.curveAccuracy()[k];
        }
        samples[n] = r.trainImages();
        accuracy[n] = r.testAccuracy();
        phase[n] = 1;
        return new ResultTable(name, List.of("training_images", "accuracy", "test"),
                new double[][] { samples, accuracy, phase });
    }

    private static Figure accuracyFigure(String name, ResultTable t, double testAccuracy) {
        double[] samples = t.column("training_images");
        double[] accuracy = t.column("accuracy");
        int n = samples.length - 1;
        List<FigureSeries> series = new ArrayList<>();
        if (n > 0) {
            series.add(new FigureSeries("training (labels of the previous block)", Arrays.copyOf(samples, n),
                    Arrays.copyOf(accuracy, n)));
        }
        series.add(new FigureSeries("test", new double[] { samples[n] }, new double[] { testAccuracy }));
        return new Figure(name, String.format("Accuracy: %.1f %% on the test images", 100 * testAccuracy),
                "training images", "accuracy", false, series);
    }

    private static Raster receptiveFields(String name, DiehlCookNetwork network, int width, int height) {
        int shown = Math.min(FIELDS, network.neurons());
        int side = (int) Math.ceil(Math.sqrt(shown));
        int tileW = width + 1;
        int tileH = height + 1;
        int w = side * tileW - 1;
        int h = side * tileH - 1;
        double[] values = new double[w * h];
        double max = 0;
        for (int j = 0; j < shown; j++) {
            for (int i = 0; i < width * height; i++) {
                max = Math.max(max, network.weight(i, j));
            }
        }
        for (int j = 0; j < shown; j++) {
            int x0 = (j % side) * tileW;
            int y0 = (j / side) * tileH;
            for (int i = 0; i < width * height; i++) {
                values[(y0 + i / width) * w + x0 + i % width] = network.weight(i, j);
            }
        }
        return new Raster(name, "Receptive fields of the first " + shown + " neurons", w, h, values, 0,
                max > 0 ? max : 1, false);
    }

    private static ResultTable neurons(String name, DiehlCookNetwork network, int[] labels) {
        int n = network.neurons();
        double[] index = new double[n];
        double[] label = new double[n];
        double[] theta = new double[n];
        for (int j = 0; j < n; j++) {
            index[j] = j;
            label[j] = labels[j];
            theta[j] = network.theta(j);
        }
        return new ResultTable(name, List.of("neuron", "label", "theta"), new double[][] { index, label, theta });
    }
}
