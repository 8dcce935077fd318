package org.memdsl.runtime.crossbar;

/**
 * DC solution of a crossbar: node voltages of every crosspoint on its row wire and its column wire
 * (index {@code i·columns + j}), the current through every cell (row to column), the currents the
 * row drivers deliver and the column senses receive, and how the solve went.
 */
public record OperatingPoint(CrossbarLayout layout, double[] rowNodes, double[] columnNodes, double[] cellCurrents,
        double[] driverCurrents, double[] senseCurrents, int newtonIterations, int linearIterations,
        double residual) {

    public double cellVoltage(int i, int j) {
        int k = i * layout.columns() + j;
        return rowNodes[k] - columnNodes[k];
    }

    public double cellCurrent(int i, int j) {
        return cellCurrents[i * layout.columns() + j];
    }
}
