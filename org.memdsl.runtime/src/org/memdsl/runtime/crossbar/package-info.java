/**
 * Crossbar arrays of devices of the engine: DC operating points of a whole array with its wire
 * parasitics, sneak paths and access devices, and programming that disturbs the unselected cells.
 *
 * <p>A {@link Crossbar} holds one {@link org.memdsl.runtime.device.DeviceModel} and one state per
 * crosspoint, laid out by a {@link CrossbarLayout} (rows, columns, wire, driver and sense
 * resistances in ohms), with an optional {@link AccessDevice} in series (1R, 1S1R, 1T1R). Lines are
 * biased by a {@link BiasScheme}. {@link CrossbarSolver} finds the {@link OperatingPoint} by Newton
 * on Kirchhoff's current law with Hipparchus' preconditioned conjugate gradient; each crosspoint is
 * a {@link CellElement} ({@link LinearCell}, {@link DeviceCell}, {@link SelectorCell}).
 * {@link SpiceNetlist} writes the same problem for ngspice, the reference the solver is checked
 * against.
 *
 * <p>Voltages, currents and resistances are SI. Programming is quasi-static: the circuit is
 * re-solved at each sub-step of a pulse and every cell's state is advanced by a Hipparchus
 * integrator under the voltage it actually sees (device events are not applied there). Device
 * variation across an array ({@link DeviceVariation}) draws only from the generator it is given,
 * seeded from the run's seed, in the family's parameter order. A solve that does not converge is a
 * {@link CrossbarException}; the solver never returns an unconverged point silently.
 */
package org.memdsl.runtime.crossbar;
