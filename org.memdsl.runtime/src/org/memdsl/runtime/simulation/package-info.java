/**
 * Integration of a device model under a stimulus, after Hipparchus' ODE package: the model says
 * what the derivatives are, this package decides how the state is advanced and what is recorded.
 *
 * <p>{@link Simulator} splits the protocol at every stimulus breakpoint (pulse edges, light
 * switching) and integrates each smooth stretch with an adaptive Dormand–Prince integrator, or in
 * closed form for a model with a {@link org.memdsl.runtime.device.ConstantDriveSolution} and no
 * events under rectangular protocols without source limits. Device thresholds are Hipparchus event
 * detectors; charge and energy are secondary equations on the same steps; the output is recorded by
 * a step handler on the sampling grid of {@link SimulationOptions} plus both sides of every
 * breakpoint. The result is a {@link org.memdsl.runtime.result.TimeSeries} whose columns are time,
 * voltage, irradiance, current, charge and energy in SI units, then the state variables.
 *
 * <p>Callers may rely on a run being a pure function of model, stimulus, options and the generator
 * passed in, which is the only source of random draws (its seed comes from the run's seed); progress
 * is reported through a {@link ProgressListener}. A diverged state or an unsolvable source limit is
 * a {@link SimulationException}. This package does not analyse, plot or write files.
 */
package org.memdsl.runtime.simulation;
