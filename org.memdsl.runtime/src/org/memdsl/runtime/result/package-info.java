/**
 * What a run produces, independent of how it is rendered or stored: the sampled {@link TimeSeries}
 * of a simulation, the {@link ResultTable}s written as CSV, the renderer-independent {@link Figure}
 * descriptions with their {@link FigureSeries}, and the image {@link Raster}s of network runs. A
 * {@code RunResult} gathers the tables, figures and rasters of one experiment or network.
 *
 * <p>Values are SI unless a column names another unit (a percentage); a table's columns have
 * equal length and a {@link TimeSeries} starts with time. Records are value holders that copy
 * their lists; a {@link TimeSeries} is append-only, and the engine fills it only from the
 * simulator's step handler. The headless PNG writer and the workbench's live charts draw the
 * same {@link Figure}, sharing {@link LogAxis} for logarithmic axes, so both show the same thing.
 *
 * <p>This package does no I/O and no rendering (that is {@link org.memdsl.runtime.output}) and
 * holds no simulation or analysis logic.
 */
package org.memdsl.runtime.result;
