/**
 * Compilation of a validated {@code .mem} syntax tree into engine objects: {@link MemDslCompiler}
 * turns a {@code device} into a {@link org.memdsl.runtime.device.DeviceModel}, a {@code stimulus}
 * into a {@link org.memdsl.runtime.stimulus.Waveform}, an {@code experiment} into an
 * {@code ExperimentPlan} (device, applied stimulus, analyses, options, seed) and a {@code network}
 * into a {@link org.memdsl.runtime.network.NetworkSpec}.
 *
 * <p>This is where the syntax tree ends: what crosses to the engine is SI numbers (through
 * {@link Quantities} and {@link org.memdsl.units.UnitParser}), resolved data-file paths (through
 * {@link DataFiles}, relative to the spec's own file) and plain Java objects, never an EMF type.
 * Kinds and their parameters are looked up in the engine's catalogues of kinds, with the kinds'
 * defaults and ranges; the seed of a run is the block's {@code seed} setting.
 *
 * <p>Callers should compile only specs without validation errors. A spec that still cannot be
 * compiled is a {@link CompileException} pointing at the offending element; a kind rejecting its
 * values throws the engine's {@link IllegalArgumentException}. Validation builds devices and
 * stimuli the same way, so inconsistent values are reported while editing rather than at run
 * time. Compiling runs no simulation and writes no file.
 */
package org.memdsl.compiler;
