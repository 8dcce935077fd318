package org.memdsl.runtime.crossbar;

import org.memdsl.runtime.device.DeviceModel;
import org.memdsl.runtime.device.Drive;
import org.memdsl.runtime.simulation.ConstantDriveStep;

/**
 * A crossbar of devices of the engine: one model instance per crosspoint (so each can carry its own
 * device-to-device variation) with its state, the wire parasitics of a {@link CrossbarLayout}, and
 * optionally an access device in series with every cell (1S1R, or 1T1R with word lines). Reads and
 * vector–matrix products are DC
 * operating points; programming applies pulses through a bias scheme and lets every cell's state
 * evolve under the voltage it actually sees (quasi-static: the circuit is re-solved at each
 * sub-step of a pulse).
 */
public final class Crossbar {

    private final CrossbarLayout layout;
    private final DeviceModel[] models;
    private final double[][] states;
    private final AccessDevice access;
    private final CrossbarSolver solver;

    /**
     * @param models one per crosspoint, index {@code i·columns + j}
     * @param access what is in series with each cell ({@link AccessDevice#none()} for a passive array)
     */
    public Crossbar(CrossbarLayout layout, DeviceModel[] models, AccessDevice access) {
        if (models.length != layout.cells()) {
            throw new IllegalArgumentException("need one device per crosspoint: " + layout.cells());
        }
        this.layout = layout;
        this.models = models.clone();
        this.access = access;
        this.states = new double[models.length][];
        for (int k = 0; k < models.length; k++) {
            states[k] = models[k].initialState();
        }
        this.solver = new CrossbarSolver(layout);
    }

    public CrossbarLayout layout() {
        return layout;
    }

    public double[] state(int i, int j) {
        return states[i * layout.columns() + j].clone();
    }

    /** The circuit elements at the present states, with every word line on. */
    public CellElement[] cells() {
        return cells(-1);
    }

    /** The circuit elements with only row {@code selectedRow}'s word line on ({@code −1}: all on). */
    public CellElement[] cells(int selectedRow) {
        CellElement[] cells = new CellElement[models.length];
        for (int k = 0; k < models.length; k++) {
            boolean on = selectedRow < 0 || k / layout.columns() == selectedRow;
            cells[k] = access.wrap(new DeviceCell(models[k], states[k]), on);
        }
        return cells;
    }

    public OperatingPoint solve(double[] rowSources, double[] columnSources) {
        return solver.solve(cells(), rowSources, columnSources);
    }

    private OperatingPoint solve(int selectedRow, double[] rowSources, double[] columnSources) {
        return solver.solve(cells(selectedRow), rowSources, columnSources);
    }

    /** A read of one cell: the current at its column's sense, the cell's own share, the sneak share. */
    public record Read(int row, int column, double voltage, double sensed, double cell, double sneakShare,
            OperatingPoint point) {
    }

    public Read read(int i, int j, double voltage, BiasScheme scheme) {
        OperatingPoint p = solve(i, scheme.rows(layout.rows(), i, voltage),
                scheme.columns(layout.columns(), j, voltage));
        double sensed = p.senseCurrents()[j];
        double own = p.cellCurrent(i, j);
        return new Read(i, j, voltage, sensed, own, sensed == 0 ? 0 : (sensed - own) / sensed, p);
    }

    /** Vector–matrix product: inputs on the rows, columns at virtual ground, with the ideal for comparison. */
    public record Product(double[] actual, double[] ideal, double worstRelativeError) {
    }

    public Product multiply(double[] inputs) {
        double[] zeros = new double[layout.columns()];
        OperatingPoint p = solve(inputs.clone(), zeros);
        double[] ideal = new double[layout.columns()];
        CellElement[] cells = cells();
        for (int i = 0; i < layout.rows(); i++) {
            for (int j = 0; j < layout.columns(); j++) {
                ideal[j] += cells[i * layout.columns() + j].current(inputs[i]);
            }
        }
        double worst = 0;
        for (int j = 0; j < ideal.length; j++) {
            if (ideal[j] != 0) {
                worst = Math.max(worst, Math.abs(p.senseCurrents()[j] - ideal[j]) / Math.abs(ideal[j]));
            }
        }
        return new Product(p.senseCurrents().clone(), ideal, worst);
    }

    /** What programming did to the cells that were not being written. */
    public record Disturb(double largestUnselectedVoltage, double largestStateChange) {
    }

    /**
     * Writes one pulse per crosspoint in raster order: {@code set} where {@code pattern} is true,
     * {@code reset} elsewhere, each {@code width} long, the circuit re-solved {@code substeps}
     * times per pulse while the states move.
     */
    public Disturb program(boolean[][] pattern, double set, double reset, double width, int substeps,
            BiasScheme scheme) {
        double largestVoltage = 0;
        double largestChange = 0;
        int m = layout.columns();
        for (int i = 0; i < layout.rows(); i++) {
            for (int j = 0; j < m; j++) {
                double v = pattern[i][j] ? set : reset;
                double[][] before = new double[states.length][];
                for (int k = 0; k < states.length; k++) {
                    before[k] = states[k].clone();
                }
                for (int s = 0; s < substeps; s++) {
                    OperatingPoint p = solve(i, scheme.rows(layout.rows(), i, v), scheme.columns(m, j, v));
                    for (int k = 0; k < states.length; k++) {
                        double vk = p.rowNodes()[k] - p.columnNodes()[k];
                        if (k != i * m + j) {
                            largestVoltage = Math.max(largestVoltage, Math.abs(vk));
                        }
                        boolean on = k / m == i;
                        states[k] = advance(models[k], states[k], cellVoltage(k, vk, on), width / substeps);
                    }
                }
                for (int k = 0; k < states.length; k++) {
                    if (k != i * m + j) {
                        largestChange = Math.max(largestChange, Math.abs(states[k][0] - before[k][0]));
                    }
                }
            }
        }
        return new Disturb(largestVoltage, largestChange);
    }

    private double cellVoltage(int k, double across, boolean rowSelected) {
        CellElement wrapped = access.wrap(new DeviceCell(models[k], states[k]), rowSelected);
        return wrapped instanceof SelectorCell s ? s.cellVoltage(across) : across;
    }

    /**
     * One device's state after {@code dt} at a constant voltage (closed-form relaxing states, the rest by
     * Dormand–Prince at 10⁻¹⁰; device events are not applied).
     */
    static double[] advance(DeviceModel model, double[] state, double voltage, double dt) {
        return ConstantDriveStep.advance(model, state, new Drive(voltage, 0, 0, Drive.ROOM_TEMPERATURE), dt, 1e-10);
    }
}
