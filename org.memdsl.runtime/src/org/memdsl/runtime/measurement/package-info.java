/**
 * Analyses of a simulated run: from the {@link org.memdsl.runtime.result.TimeSeries} of a run and
 * the applied stimulus, the tables and figures a lab reports (EPSC per pulse, I–V loops, ON/OFF
 * ratio, paired-pulse facilitation, LTP/LTD curves, retention, STDP windows, …).
 *
 * <p>An analysis, {@code Analysis}, has a name unique within its experiment, which names its output
 * files; {@code analyse} returns a {@link org.memdsl.runtime.result.ResultTable} and {@code figure}
 * the {@link org.memdsl.runtime.result.Figure} that shows it. Analyses find pulses through the
 * stimulus' pulse windows and read charge and energy through {@link Accumulated}, never by
 * re-integrating; every value is in SI units unless its column says otherwise (a percentage, eV for
 * an activation energy). Fits ({@link ParabolaFit}, {@link TwoExponentialFit}, {@link
 * SaturatingFit}, {@link Arrhenius}) use Hipparchus' fitters and optimisers. {@link
 * ImpedanceSpectrum} is a procedure rather than an analysis: it runs its own small-signal
 * simulations through {@link org.memdsl.runtime.simulation.Simulator}.
 *
 * <p>Analyses are deterministic, draw no random numbers, do not modify the run they read and do not
 * write files. A protocol that an analysis cannot read (no pulses, pairs of odd length) is an
 * {@link IllegalArgumentException} with a message for the spec's author. The measurements the
 * language offers after {@code measure} are the kinds of the measurement catalogue.
 */
package org.memdsl.runtime.measurement;
