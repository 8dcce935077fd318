/**
 * Stimuli: what a protocol applies to a device over time, and the stimulus kinds that build them
 * from the arguments of a {@code stimulus NAME : KIND} declaration.
 *
 * <p>A {@link Waveform} is an immutable, piecewise-smooth signal on {@code [0, duration]} in SI
 * units (V on the {@link Channel#ELECTRICAL} channel, W/m² on the {@link Channel#OPTICAL} one). It
 * lists its breakpoints, the times where the signal or its slope jumps, so pulse edges are never
 * stepped over, and its {@link PulseWindow}s, from which the pulse analyses read. The applied
 * stimulus, {@code AppliedStimulus}, combines an electrical and an optional optical waveform with a
 * wavelength, a temperature and a {@link SourceLimit}; it gives the {@link
 * org.memdsl.runtime.device.Drive} at any time and the merged breakpoints of all channels.
 *
 * <p>A {@link StimulusKind} is a kind of the stimulus catalogue: it declares its arguments and
 * builds a waveform or throws {@link IllegalArgumentException} saying which arguments conflict.
 * Waveforms are deterministic functions of time: no random draws, no state changed by evaluation,
 * and no knowledge of the device they drive.
 */
package org.memdsl.runtime.stimulus;
