/**
 * Networks whose synapses are devices of the engine, trained and tested on labelled images: the
 * spiking network of Diehl &amp; Cook with trace STDP ({@link DiehlCookNetwork}, trained by
 * {@link SpikingTraining}) and a device-aware two-layer perceptron ({@link DeviceMlp}, NeuroSim
 * methodology), plus in-sensor preprocessing on arrays of photo-synapses ({@link PixelArray}).
 *
 * <p>A {@link NetworkKind} is a kind of the network catalogue: it declares its settings (SI numbers
 * and data files) and its outputs, and runs a compiled {@link NetworkSpec} into a {@code RunResult}.
 * A device enters a network only through its simulated behaviour: {@link DeviceCharacterisation}
 * runs its programming pulses through the engine's simulator, and every weight update is taken
 * through the device's response ({@link WeightResponse} in the spiking network, the pulses of a
 * {@link WeightDevice} in the perceptron), so its nonlinearity and bounds shape the learning;
 * without a device the weights are ideal, the reference. Neurons advance on the network's own
 * fixed time step, as in the published reference simulation.
 *
 * <p>Every random draw (split, device variants, initial weights, Poisson spikes, rounding, noise)
 * comes from a generator derived from the spec's seed, one stream per use, so adding draws to one
 * use leaves the others unchanged and a seed gives the same result on any number of threads.
 * Invalid settings or unreadable data are an {@link IllegalArgumentException} naming the setting or
 * file. Kinds write no files: their outputs are the tables, figures and rasters of the result.
 */
package org.memdsl.runtime.network;
