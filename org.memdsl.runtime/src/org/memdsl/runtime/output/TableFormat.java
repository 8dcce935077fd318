package org.memdsl.runtime.output;

import java.io.IOException;
import java.io.OutputStream;

import org.memdsl.runtime.result.ResultTable;

/**
 * A file format for result tables besides CSV (which is always written), provided by a module on the
 * class path through {@link java.util.ServiceLoader} and chosen by name for a run (for example
 * {@code parquet} from {@code releng/org.memdsl.spark}, by {@code memdsl run --parquet}). The file is
 * written atomically by {@link ResultWriter}; an implementation writes the whole table to the stream,
 * every value as it is held (no rounding), a missing value (NaN) as the format's null.
 */
public interface TableFormat {

    /** The name a run asks for, e.g. {@code parquet}. */
    String name();

    /** The file name's ending without the dot, e.g. {@code parquet}. */
    String extension();

    void write(ResultTable table, Provenance provenance, OutputStream out) throws IOException;
}
