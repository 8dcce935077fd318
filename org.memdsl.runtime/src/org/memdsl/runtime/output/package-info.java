/**
 * Writing results to disk: {@link ResultWriter} puts a run's tables, figures and rasters into one
 * directory as {@code NAME.csv} ({@link CsvTableWriter}, RFC 4180, a unit in every header, measured
 * numbers in round-trip precision, the protocol's own numbers to 12 significant digits),
 * {@code NAME.png}, {@code NAME.svg} and {@code NAME.pdf} ({@link FigureFiles}: JFreeChart, headless,
 * vector files through VectorGraphics2D), {@code summary.json} ({@link SummaryWriter}: the
 * measurements' results that are not rows), then {@code provenance.json}.
 *
 * <p>Every file goes through {@link AtomicFiles}: written to a temporary sibling and moved into
 * place, so a reader never sees half a file and an interrupted run leaves the previous one intact.
 * The {@link Provenance} record (memdsl version, SHA-256 of the spec and its imports, seed, time,
 * Java version, files written) is written last, so its presence means the set is complete. The
 * same result gives byte-identical CSV files.
 *
 * <p>Writers take results as they are and never resample or recompute them (the only change is the
 * rounding of stated numbers, which gives back the spec's decimals); they know nothing of the
 * language or the workbench.
 */
package org.memdsl.runtime.output;
