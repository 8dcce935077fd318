package org.memdsl.runtime.crossbar;

import java.util.List;

import org.memdsl.runtime.array.AbstractArrayKind;
import org.memdsl.runtime.array.ArrayOperation;
import org.memdsl.runtime.array.ArrayPlan;
import org.memdsl.runtime.array.Pattern;
import org.memdsl.runtime.catalog.Catalogue;
import org.memdsl.runtime.catalog.Dimension;
import org.memdsl.runtime.catalog.Parameter;
import org.memdsl.runtime.catalog.ParameterValues;
import org.memdsl.runtime.catalog.Values;
import org.memdsl.runtime.device.DeviceModel;
import org.memdsl.runtime.result.RunResult;
import org.memdsl.runtime.simulation.ExperimentSettings;
import org.memdsl.runtime.simulation.ProgressListener;
import org.memdsl.runtime.simulation.RandomStreams;

/**
 * {@code array NAME : crossbar}: a {@code rows × columns} crossbar of the declared cell (one model
 * per crosspoint, so each can carry its own device-to-device variation) with row and column wire
 * resistance per segment, driver and sense resistance, and an access device (none, a sinh selector
 * or a word-line transistor). Experiments write patterns pulse by pulse through a bias scheme, read
 * every cell with its sneak share, multiply vectors, and denoise an image with a Gaussian kernel.
 */
public final class CrossbarKind extends AbstractArrayKind<CrossbarRun> {

    public static final String NAME = "crossbar";

    private static final List<String> SCHEMES = List.of("half", "third", "floating", "grounded");

    private static final Catalogue<ArrayOperation> OPERATIONS = new Catalogue<>("crossbar operation", "step", List.of(
            new ArrayOperation("write",
                    "one pulse per cell in raster order: set where the pattern is on, reset elsewhere",
                    true, List.of(Parameter.required("set", Dimension.VOLTAGE, -100, 100,
                            "pulse on the pattern's cells"),
                            Parameter.required("reset", Dimension.VOLTAGE, -100, 100, "pulse on the other cells"),
                            Parameter.requiredPositive("width", Dimension.TIME, "pulse width"),
                            Parameter.choice("bias", "half", SCHEMES, "lines of the unselected cells: V/2, V/3, "
                                    + "floating or grounded"),
                            Parameter.count("substeps", 4, 1, 1000, "circuit solves per pulse while the states move"),
                            Parameter.choice("reset_first", "no", List.of("no", "yes"),
                                    "reset every cell in a first pass, then write the pattern")),
                    Values.builder().set("set", 1.5).set("reset", -1.5).set("width", 10e-3).build()),
            new ArrayOperation("read", "read every cell at a voltage: sensed current, the cell's own, sneak share",
                    false, List.of(Parameter.required("voltage", Dimension.VOLTAGE, -100, 100, "read voltage"),
                            Parameter.choice("bias", "grounded", SCHEMES, "lines of the unselected cells")),
                    Values.builder().set("voltage", 0.05).build()),
            new ArrayOperation("multiply", "vector–matrix product: inputs on the rows, columns at virtual ground",
                    false, List.of(Parameter.list("inputs", Dimension.VOLTAGE, -100, 100, "one voltage per row")),
                    Values.builder().list("inputs", 0.1, 0.0).build()),
            new ArrayOperation("denoise",
                    "smooth a noisy copy of the pattern by Gaussian-kernel vector–matrix products "
                    + "on the array's wires", true, List.of(
                            new Parameter("sigma", Dimension.DIMENSIONLESS, 1.0, 0.05, 100, "kernel width in pixels"),
                            new Parameter("noise", Dimension.DIMENSIONLESS, 0.1, 0, 1, "σ of the added noise"),
                            new Parameter("voltage", Dimension.VOLTAGE, 0.1, 1e-6, 100, "read voltage of a pixel of 1"),
                            new Parameter("g_max", Dimension.CONDUCTANCE, 1e-4, 1e-15, 1e3,
                                    "conductance of the kernel's largest weight")),
                    Values.NONE)));

    public CrossbarKind() {
        super(NAME, "crossbar of the cell with wire resistance, sneak paths and an access device (1R, 1S1R, 1T1R)",
                List.of(Parameter.requiredCount("rows", 1, 1024, "word lines"),
                        Parameter.requiredCount("columns", 1, 1024, "bit lines"),
                        new Parameter("row_wire", Dimension.RESISTANCE, 2.5, 1e-6, 1e9, "row wire per cell segment"),
                        new Parameter("column_wire", Dimension.RESISTANCE, 2.5, 1e-6, 1e9,
                                "column wire per cell segment"),
                        new Parameter("driver", Dimension.RESISTANCE, 10, 1e-6, 1e9, "row driver output resistance"),
                        new Parameter("sense", Dimension.RESISTANCE, 10, 1e-6, 1e9, "column sense resistance"),
                        Parameter.choice("access", "none", List.of("none", "selector", "transistor"),
                                "in series with every cell: nothing (1R), a selector (1S1R), a transistor (1T1R)"),
                        new Parameter("selector_current", Dimension.CURRENT, 1e-9, 1e-18, 1,
                                "selector I_0 of I = I_0·sinh(V/V_0)"),
                        new Parameter("selector_voltage", Dimension.VOLTAGE, 0.1, 1e-6, 100, "selector V_0"),
                        new Parameter("transistor_on", Dimension.RESISTANCE, 1e3, 1e-6, 1e15,
                                "access transistor with its word line on"),
                        new Parameter("transistor_off", Dimension.RESISTANCE, 1e12, 1e-6, 1e18,
                                "access transistor with its word line off"),
                        ExperimentSettings.seedParameter()),
                OPERATIONS, CrossbarOutputs.ALL);
        example(Values.builder().set("rows", 16).set("columns", 16).build());
    }

    @Override
    public boolean needsPhotoCell() {
        return false;
    }

    /** The crossbar a declaration describes, its cells drawn with the plan's variation. */
    static Crossbar build(ArrayPlan plan) {
        ParameterValues s = plan.settingsValues();
        CrossbarLayout layout = new CrossbarLayout(s.count("rows"), s.count("columns"), s.get("row_wire"),
                s.get("column_wire"), s.get("driver"), s.get("sense"));
        DeviceModel[] cells = plan.cell().instances(layout.cells(), plan.random(RandomStreams.DEVICES));
        AccessDevice access = switch (s.choice("access")) {
            case "selector" -> AccessDevice.selector(s.get("selector_current"), s.get("selector_voltage"));
            case "transistor" -> AccessDevice.transistor(s.get("transistor_on"), s.get("transistor_off"));
            default -> AccessDevice.none();
        };
        return new Crossbar(layout, cells, access);
    }

    @Override
    public RunResult run(ArrayPlan plan, ProgressListener progress) {
        Crossbar xbar = build(plan);
        CrossbarLayout layout = xbar.layout();
        CrossbarRun run = new CrossbarRun(layout.rows(), layout.columns());
        for (int k = 0; k < plan.steps().size(); k++) {
            ArrayPlan.Step step = plan.steps().get(k);
            ParameterValues a = step.values();
            switch (step.operation().name()) {
                case "write" -> run.writes.add(new CrossbarRun.Write(k, step.pattern(),
                        writePattern(xbar, step.pattern(), a)));
                case "read" -> run.reads.add(read(xbar, k, a.get("voltage"), scheme(a), run.writtenBefore(k)));
                case "multiply" -> {
                    double[] inputs = a.list("inputs");
                    if (inputs.length != layout.rows()) {
                        throw new IllegalArgumentException("step " + (k + 1) + ": multiply needs " + layout.rows()
                                + " inputs, one per row, not " + inputs.length);
                    }
                    run.products.add(new CrossbarRun.Product(k, inputs, xbar.multiply(inputs)));
                }
                case "denoise" -> run.denoised.add(GaussianDenoising.run(layout, step.pattern(), a.get("sigma"),
                        a.get("noise"), a.get("voltage"), a.get("g_max"), plan.random(RandomStreams.NOISE), k));
                default -> throw new IllegalArgumentException(OPERATIONS.unknown(step.operation().name()));
            }
            progress.progress((k + 1.0) / plan.steps().size());
        }
        return write(plan, run);
    }

    private static BiasScheme scheme(ParameterValues a) {
        return BiasScheme.valueOf(a.choice("bias").toUpperCase());
    }

    static Crossbar.Disturb writePattern(Crossbar xbar, Pattern pattern, ParameterValues a) {
        int rows = xbar.layout().rows();
        int columns = xbar.layout().columns();
        boolean[][] on = new boolean[rows][columns];
        for (int i = 0; i < rows; i++) {
            for (int j = 0; j < columns; j++) {
                on[i][j] = pattern.on(i, j);
            }
        }
        int substeps = a.count("substeps");
        if (a.choice("reset_first").equals("yes")) {
            xbar.program(new boolean[rows][columns], a.get("set"), a.get("reset"), a.get("width"), substeps,
                    scheme(a));
        }
        return xbar.program(on, a.get("set"), a.get("reset"), a.get("width"), substeps, scheme(a));
    }

    private static CrossbarRun.Read read(Crossbar xbar, int step, double voltage, BiasScheme scheme, Pattern written) {
        int rows = xbar.layout().rows();
        int columns = xbar.layout().columns();
        double[] sensed = new double[rows * columns];
        double[] cell = new double[rows * columns];
        double[] sneak = new double[rows * columns];
        for (int i = 0; i < rows; i++) {
            for (int j = 0; j < columns; j++) {
                Crossbar.Read r = xbar.read(i, j, voltage, scheme);
                sensed[i * columns + j] = r.sensed();
                cell[i * columns + j] = r.cell();
                sneak[i * columns + j] = r.sneakShare();
            }
        }
        return new CrossbarRun.Read(step, voltage, written, sensed, cell, sneak);
    }
}
