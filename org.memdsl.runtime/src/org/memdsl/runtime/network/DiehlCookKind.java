package org.memdsl.runtime.network;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.memdsl.runtime.catalog.Parameter;
import org.memdsl.runtime.catalog.ParameterValues;
import org.memdsl.runtime.data.LabelledImages;
import org.memdsl.runtime.device.MeasuredPulseCurves;
import org.memdsl.runtime.result.Column;
import org.memdsl.runtime.result.Figure;
import org.memdsl.runtime.result.FigureSeries;
import org.memdsl.runtime.result.OutputKind;
import org.memdsl.runtime.result.Raster;
import org.memdsl.runtime.result.ResultTable;
import org.memdsl.runtime.result.RunResult;
import org.memdsl.runtime.simulation.ProgressListener;
import org.memdsl.runtime.simulation.RandomStreams;

/**
 * {@code network NAME : diehl_cook}: the unsupervised spiking network of Diehl &amp; Cook trained on
 * labelled images by the protocol of paper C ({@link SpikingTraining}), its input synapses made of
 * the declared device (characterised with the programming pulses of the settings) or ideal.
 */
public final class DiehlCookKind extends ImageNetworkKind<DiehlCookKind.Trained> {

    /** What a run produced, from which the outputs are written. */
    record Trained(SpikingTraining.Result result, DiehlCookNetwork network, int width, int height,
            MeasuredPulseCurves curves) {
    }

    public static final String NAME = "diehl_cook";

    private static final List<Parameter> SETTINGS;

    static {
        List<Parameter> all = new ArrayList<>(DiehlCookParameters.SPECS);
        all.addAll(ImageDatasets.settings(6000, 1000));
        all.add(Parameter.count("interval", 500, 0, 10_000_000,
                "training images per point of the learning curve (0: none)"));
        // the paper-C cell in its analog window
        all.addAll(ProgrammingPulses.settings(1.05, -0.53, 100e-9, 300));
        all.add(Parameter.count("variants", 16, 1, 128,
                "devices drawn for device-to-device variation (with 'vary')"));
        SETTINGS = List.copyOf(all);
    }

    /** Receptive fields drawn at most. */
    private static final int FIELDS = 100;

    public DiehlCookKind() {
        super(NAME, "spiking network of Diehl & Cook (2015) with device-backed STDP synapses", SETTINGS,
                List.of(new OutputKind<Trained, NetworkOutputs>("accuracy",
                        "learning curve against training images and the test accuracy", (t, name, out) -> {
                            ResultTable table = accuracy(name, t.result());
                            out.add(table, accuracyFigure(name, table, t.result().testAccuracy()));
                        }),
                        new OutputKind<Trained, NetworkOutputs>("confusion",
                                "confusion matrix of the test images (CSV and heat map)",
                                (t, name, out) -> out.confusion(name, t.result().confusion(),
                                        t.result().testAccuracy())),
                        new OutputKind<Trained, NetworkOutputs>("receptive_fields",
                                "input weights of the first neurons as images",
                                (t, name, out) -> out.add(receptiveFields(name, t.network(), t.width(), t.height()))),
                        new OutputKind<Trained, NetworkOutputs>("neurons",
                                "label and adaptive threshold of every excitatory neuron",
                                (t, name, out) -> out.add(neurons(name, t.network(), t.result().neuronLabels()))),
                        new OutputKind<Trained, NetworkOutputs>("synapse_curves",
                                "the synapse device's conductance against pulse number",
                                (t, name, out) -> out.curves(name, t.curves()))));
    }

    @Override
    public RunResult run(NetworkSpec spec, ProgressListener progress) {
        ParameterValues v = spec.values();
        DiehlCookParameters p = DiehlCookParameters.of(networkSettings(spec));
        LabelledImages all = ImageDatasets.read(v.file(ImageDatasets.IMAGES),
                v.optionalFile(ImageDatasets.LABELS).orElse(null));
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
                    ProgrammingPulses.of(v), p.wMax(), inputs * p.excitatory(), spec.random(RandomStreams.DEVICES));
            responses = synapses.responses();
            variantOf = synapses.variantOf();
            curves = synapses.nominal();
        }
        DiehlCookNetwork network = new DiehlCookNetwork(p, inputs, responses, variantOf,
                spec.random(RandomStreams.INITIAL_WEIGHTS));
        int classes = ImageDatasets.classes(split);
        SpikingTraining.Result result = SpikingTraining.run(network, split[0], split[1], classes,
                (int) v.get("interval"), spec.seed(), progress);

        return write(spec, new Trained(result, network, all.width(), all.height(), curves));
    }

    private static Map<String, Double> networkSettings(NetworkSpec spec) {
        Map<String, Double> own = new HashMap<>();
        for (Parameter s : DiehlCookParameters.SPECS) {
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
        return new ResultTable(name, List.of(Column.of("training_images", Column.ONE), Column.of("accuracy",
                Column.ONE), Column.of("test", Column.ONE)),
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
        return new ResultTable(name, List.of(Column.of("neuron", Column.ONE), Column.of("label", Column.ONE),
                Column.of("theta", "V")), new double[][] { index, label, theta });
    }
}
