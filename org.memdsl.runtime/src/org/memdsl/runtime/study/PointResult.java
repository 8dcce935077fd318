package org.memdsl.runtime.study;

/**
 * What one point gave: a number per reported result (NaN where the run had none) with the unit
 * each is in, or why the point could not run (a drawn parameter outside its range, a run the
 * engine refused; then no units). Serializable: a distributed engine sends it back to the driver.
 */
public record PointResult(double[] values, String[] units, String failure) implements java.io.Serializable {

    public static PointResult of(double[] values, String[] units) {
        if (units.length != values.length) {
            throw new IllegalArgumentException(units.length + " units for " + values.length + " results");
        }
        return new PointResult(values.clone(), units.clone(), null);
    }

    public static PointResult failed(String why, int results) {
        double[] none = new double[results];
        java.util.Arrays.fill(none, Double.NaN);
        return new PointResult(none, null, why);
    }

    public boolean failed() {
        return failure != null;
    }
}
