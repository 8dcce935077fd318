package org.memdsl.parquet;

import java.io.IOException;
import java.io.OutputStream;
import java.util.LinkedHashMap;
import java.util.Map;

import org.apache.parquet.example.data.Group;
import org.apache.parquet.example.data.simple.SimpleGroupFactory;
import org.apache.parquet.hadoop.ParquetWriter;
import org.apache.parquet.hadoop.example.ExampleParquetWriter;
import org.apache.parquet.hadoop.metadata.CompressionCodecName;
import org.apache.parquet.schema.MessageType;
import org.apache.parquet.schema.PrimitiveType.PrimitiveTypeName;
import org.apache.parquet.schema.Types;
import org.memdsl.runtime.output.Provenance;
import org.memdsl.runtime.output.TableFormat;
import org.memdsl.runtime.result.Column;
import org.memdsl.runtime.result.ResultTable;

import com.google.gson.Gson;

/**
 * Result tables as Apache Parquet: one optional {@code DOUBLE} column per table column, in the CSV's
 * order and with its names; a missing value (an empty CSV cell) is null; values exactly as computed
 * (the CSV rounds stated columns). The units ({@value #UNITS}: column → unit) and the run's provenance
 * ({@value #PROVENANCE}) are the file's key-value metadata. Snappy-compressed, one row group.
 */
public final class ParquetTableFormat implements TableFormat {

    /** Key of the metadata entry mapping each column to its unit (JSON). */
    public static final String UNITS = "memdsl.units";
    /** Key of the metadata entry holding the run's provenance record (JSON). */
    public static final String PROVENANCE = "memdsl.provenance";

    @Override
    public String name() {
        return "parquet";
    }

    @Override
    public String extension() {
        return "parquet";
    }

    @Override
    public void write(ResultTable table, Provenance provenance, OutputStream out) throws IOException {
        Types.MessageTypeBuilder fields = Types.buildMessage();
        Map<String, String> units = new LinkedHashMap<>();
        for (Column column : table.header()) {
            fields.optional(PrimitiveTypeName.DOUBLE).named(column.name());
            units.put(column.name(), column.unit());
        }
        MessageType schema = fields.named(table.name());
        Gson gson = new Gson();
        Map<String, String> metadata = Map.of(UNITS, gson.toJson(units), PROVENANCE, gson.toJson(provenance));
        SimpleGroupFactory rows = new SimpleGroupFactory(schema);
        double[][] data = table.data();
        try (ParquetWriter<Group> writer = ExampleParquetWriter.builder(new StreamOutputFile(out)).withType(schema)
                .withExtraMetaData(metadata).withCompressionCodec(CompressionCodecName.SNAPPY)
                .withRowGroupSize((long) Integer.MAX_VALUE).build()) {
            for (int r = 0; r < table.rows(); r++) {
                Group row = rows.newGroup();
                for (int c = 0; c < data.length; c++) {
                    double value = data[c][r];
                    if (!Double.isNaN(value)) {
                        row.add(c, value);
                    }
                }
                writer.write(row);
            }
        }
    }
}
