package org.memdsl.runtime.network;

import java.nio.file.Path;
import java.util.Map;

import org.hipparchus.random.RandomGenerator;
import org.memdsl.runtime.crossbar.DeviceVariation;
import org.memdsl.runtime.device.DeviceFamily;
import org.memdsl.runtime.device.MeasuredPulseCurves;

/**
 * The synapses of a network made of devices of one family: the nominal device and, with
 * device-to-device variation, {@code variants} devices drawn with {@link DeviceVariation} (paper C
 * characterised 16), each characterised by {@link DeviceCharacterisation}; every synapse is one of
 * them, chosen with the run's generator. All variants share the nominal device's weight scale, so a
 * variant with a narrower range stores narrower weights.
 */
public record DeviceSynapses(WeightResponse[] responses, byte[] variantOf, MeasuredPulseCurves nominal) {

    /**
     * @param sigmas log-normal σ per parameter name; empty for identical devices (then {@code
     *        variantOf} is {@code null})
     */
    public static DeviceSynapses of(DeviceFamily family, Map<String, Double> values, Map<String, Path> files,
            Map<String, Double> sigmas, int variants, ProgrammingPulses pulses, double wMax, int synapses,
            RandomGenerator random) {
        MeasuredPulseCurves nominal = DeviceCharacterisation.curves(family.create(values, files), pulses);
        DeviceWeightCurves nominalWeights = DeviceWeightCurves.nominal(nominal, wMax);
        if (sigmas.isEmpty() || variants <= 1) {
            return new DeviceSynapses(new WeightResponse[] { nominalWeights }, null, nominal);
        }
        if (variants > 128) {
            throw new IllegalArgumentException("at most 128 device variants, got " + variants);
        }
        WeightResponse[] responses = new WeightResponse[variants];
        var models = DeviceVariation.of(family, values, files, sigmas, variants, random);
        for (int k = 0; k < variants; k++) {
            responses[k] = new DeviceWeightCurves(DeviceCharacterisation.curves(models[k], pulses), nominal.lowest(),
                    nominal.highest(), pulses.count(), wMax);
        }
        byte[] variantOf = new byte[synapses];
        for (int s = 0; s < synapses; s++) {
            variantOf[s] = (byte) random.nextInt(variants);
        }
        return new DeviceSynapses(responses, variantOf, nominal);
    }
}
