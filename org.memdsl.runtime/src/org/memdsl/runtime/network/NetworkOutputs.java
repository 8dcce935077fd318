package org.memdsl.runtime.network;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.memdsl.runtime.device.MeasuredPulseCurves;
import org.memdsl.runtime.result.Column;
import org.memdsl.runtime.result.Figure;
import org.memdsl.runtime.result.FigureSeries;
import org.memdsl.runtime.result.Raster;
import org.memdsl.runtime.result.ResultCollector;
import org.memdsl.runtime.result.ResultTable;

/**
 * The outputs of one network run in the order they were asked for, with those every kind writes
 * alike: confusion matrices and the synapse device's curves.
 */
public final class NetworkOutputs extends ResultCollector {

    /** The confusion matrix as a table and a heat map. */
    void confusion(String name, int[][] confusion, double accuracy) {
        add(confusionTable(name, confusion));
        add(confusionRaster(name, confusion, accuracy));
    }

    /** @param curves the synapse device's curves, {@code null} for ideal weights (an error) */
    void curves(String name, MeasuredPulseCurves curves) {
        if (curves == null) {
            throw new IllegalArgumentException("measure synapse_curves needs a 'device' for the synapses");
        }
        add(curvesTable(name, curves), curvesFigure(name, curves));
    }

    /** Rows: true class; columns {@code predicted_c} and {@code unclassified} (counts). */
    private static ResultTable confusionTable(String name, int[][] confusion) {
        int classes = confusion.length;
        List<Column> columns = new ArrayList<>();
        columns.add(Column.of("true", Column.ONE));
        for (int c = 0; c < classes; c++) {
            columns.add(Column.of("predicted_" + c, Column.ONE));
        }
        columns.add(Column.of("unclassified", Column.ONE));
        double[][] data = new double[classes + 2][classes];
        for (int t = 0; t < classes; t++) {
            data[0][t] = t;
            for (int c = 0; c <= classes; c++) {
                data[c + 1][t] = confusion[t][c];
            }
        }
        return new ResultTable(name, columns, data);
    }

    /** The confusion matrix as a heat map, each row normalised to its class's images. */
    private static Raster confusionRaster(String name, int[][] confusion, double testAccuracy) {
        int classes = confusion.length;
        double[] values = new double[classes * classes];
        double[] counts = new double[classes * classes];
        for (int t = 0; t < classes; t++) {
            int total = Arrays.stream(confusion[t]).sum();
            for (int c = 0; c < classes; c++) {
                values[t * classes + c] = total == 0 ? 0 : (double) confusion[t][c] / total;
                counts[t * classes + c] = confusion[t][c];
            }
        }
        return new Raster(name, String.format("Confusion matrix: test accuracy %.1f %%", 100 * testAccuracy),
                classes, classes, values, 0, 1, true).labelled("predicted class", "true class",
                        "share of the class's test images", counts);
    }

    /** The conductance after each pulse of the characterisation, both directions. */
    private static ResultTable curvesTable(String name, MeasuredPulseCurves curves) {
        int n = curves.potentiation().length;
        double[] pulse = new double[n];
        for (int k = 0; k < n; k++) {
            pulse[k] = k;
        }
        return new ResultTable(name, List.of(Column.of("pulse", Column.ONE), Column.of("g_ltp", "S"), Column.of("g_ltd",
                "S")),
                new double[][] { pulse, curves.potentiation().clone(), curves.depression().clone() });
    }

    private static Figure curvesFigure(String name, MeasuredPulseCurves curves) {
        ResultTable t = curvesTable(name, curves);
        return new Figure(name, "Synapse device: conductance against pulse number", "pulse number",
                "conductance [S]", false,
                List.of(new FigureSeries("potentiation", t.column("pulse"), t.column("g_ltp")),
                        new FigureSeries("depression", t.column("pulse"), t.column("g_ltd"))));
    }
}
