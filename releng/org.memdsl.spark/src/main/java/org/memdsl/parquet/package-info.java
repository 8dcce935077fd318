/**
 * The {@code parquet} result-table format ({@link org.memdsl.runtime.output.TableFormat}, found
 * through {@link java.util.ServiceLoader}): every table of a run also as {@code NAME.parquet}, with
 * units and provenance as file metadata. Lives beside the Spark engine because both need Hadoop's
 * client jars, which the command line's jar and the RCP product leave out.
 */
package org.memdsl.parquet;
