package org.memdsl.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;

import org.memdsl.run.SpecErrorsException;
import org.memdsl.run.SpiceExport;
import org.memdsl.runtime.crossbar.BiasScheme;
import org.memdsl.runtime.crossbar.CrossbarExport;
import org.memdsl.runtime.output.AtomicFiles;

import com.google.inject.Inject;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code memdsl export-spice FILE --array NAME}: a crossbar's read as a netlist ngspice runs. */
@Command(name = "export-spice", description = "Write a crossbar of a .mem file as a SPICE netlist of one read "
        + "(ngspice -b prints every node voltage), as built or after an experiment's writes.")
public class ExportSpiceCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "FILE", description = "the .mem file")
    private Path file;

    @Option(names = "--array", required = true, paramLabel = "NAME", description = "the crossbar to export")
    private String array;

    @Option(names = "--after", paramLabel = "EXPERIMENT", description = "apply this experiment's writes first")
    private String experiment;

    @Option(names = "--cell", paramLabel = "ROW,COLUMN", defaultValue = "0,0", split = ",",
            description = "the cell read, from 0 (default: ${DEFAULT-VALUE})")
    private int[] cell;

    @Option(names = "--voltage", paramLabel = "VOLTS", defaultValue = "0.05",
            description = "read voltage in V (default: ${DEFAULT-VALUE})")
    private double voltage;

    @Option(names = "--bias", paramLabel = "SCHEME", defaultValue = "grounded",
            description = "unselected lines: half, third, floating or grounded (default: ${DEFAULT-VALUE})")
    private String bias;

    @Option(names = { "-o", "--out" }, paramLabel = "NETLIST", description = "write the netlist here (default: stdout)")
    private Path out;

    @Option(names = "--voltages", paramLabel = "CSV", description = "also write memdsl's node voltages (node,voltage)")
    private Path voltages;

    @Spec
    private picocli.CommandLine.Model.CommandSpec spec;

    @Inject
    private SpiceExport exporter;

    @Override
    public Integer call() {
        PrintWriter stdout = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        BiasScheme scheme;
        try {
            scheme = BiasScheme.valueOf(bias.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            err.println("export-spice: --bias " + bias + ": expected half, third, floating or grounded");
            err.flush();
            return Main.EXIT_USAGE;
        }
        if (cell.length != 2) {
            err.println("export-spice: --cell takes ROW,COLUMN");
            err.flush();
            return Main.EXIT_USAGE;
        }
        try {
            CrossbarExport export = exporter.export(file, array, experiment, cell[0], cell[1], voltage, scheme);
            if (out == null) {
                stdout.print(export.netlist());
                stdout.flush();
            } else {
                AtomicFiles.write(out, stream -> stream.write(export.netlist().getBytes(StandardCharsets.UTF_8)));
            }
            if (voltages != null) {
                AtomicFiles.write(voltages, stream -> stream.write(nodes(export).getBytes(StandardCharsets.UTF_8)));
            }
            return 0;
        } catch (SpecErrorsException | IOException e) {
            return Failures.report(file, e, err);
        }
    }

    private static String nodes(CrossbarExport export) {
        StringBuilder csv = new StringBuilder("node,voltage\n");
        int rows = export.point().layout().rows();
        int columns = export.point().layout().columns();
        for (int i = 0; i < rows; i++) {
            for (int j = 0; j < columns; j++) {
                for (String node : new String[] { "r" + i + "_" + j, "c" + i + "_" + j }) {
                    csv.append(node).append(',').append(export.voltage(node)).append('\n');
                }
            }
        }
        return csv.toString();
    }
}
