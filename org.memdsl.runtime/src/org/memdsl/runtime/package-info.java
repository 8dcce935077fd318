/**
 * The memdsl physics engine: plain Java that simulates perovskite memristors and optoelectronic
 * synapses under measurement protocols, analyses the runs and writes the results, the same for the
 * command line, the workbench and the benchmarks.
 *
 * <p>The entry type is the compiled protocol, {@code ExperimentPlan}: one device model under one
 * applied stimulus, a list of analyses, the simulation options and the seed; running it integrates
 * the device with {@link org.memdsl.runtime.simulation.Simulator} and returns a {@code RunResult},
 * which {@link org.memdsl.runtime.output.ResultWriter} writes. {@link MemdslVersion} is the release
 * recorded in every provenance file.
 *
 * <p>Invariants every package of the engine keeps: numbers are SI (V, A, s, W/m², m, K); a device
 * state is an array the model computes derivatives of, never stored or changed by it; the
 * integrator is separate from the model; pulse edges are breakpoints the integration stops at and
 * thresholds are events it locates, never found by sampling; output goes through step handlers;
 * every random draw comes from a generator seeded from the run's seed, so one file and seed give
 * bit-identical results; results are written atomically with their provenance. The named models,
 * protocols and analyses are catalogues of kinds. The engine has no Eclipse, EMF or Xtext import
 * and knows nothing of the language, which depends on it one way only.
 */
package org.memdsl.runtime;
