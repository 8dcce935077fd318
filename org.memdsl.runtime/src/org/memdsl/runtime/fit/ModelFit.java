package org.memdsl.runtime.fit;

import java.util.List;

import org.hipparchus.exception.MathIllegalStateException;
import org.hipparchus.linear.Array2DRowRealMatrix;
import org.hipparchus.linear.ArrayRealVector;
import org.hipparchus.linear.RealMatrix;
import org.hipparchus.linear.RealVector;
import org.hipparchus.optim.nonlinear.vector.leastsquares.LeastSquaresBuilder;
import org.hipparchus.optim.nonlinear.vector.leastsquares.LeastSquaresOptimizer;
import org.hipparchus.optim.nonlinear.vector.leastsquares.LevenbergMarquardtOptimizer;
import org.hipparchus.util.Pair;

/**
 * A least-squares fit of free parameters of a model to measured values. A parameter with a
 * positive lower bound is fitted on a log scale (conductances, time constants span decades), any
 * other on a linear one; both are held within their bounds. The Jacobian is taken by forward
 * differences of the model (one run per parameter per iteration): the model is a simulation, not
 * a formula. Standard errors come from the covariance {@code s²(JᵀJ)⁻¹} at the optimum, with
 * {@code s²} the residual variance, mapped back to each parameter's own scale.
 */
public final class ModelFit {

    /** A parameter fitted within {@code [low, high]}, starting at {@code start}. */
    public record Free(String name, String unit, double low, double high, double start) {
        public Free {
            if (!(low < high) || !Double.isFinite(low) || !Double.isFinite(high)) {
                throw new IllegalArgumentException(name + ": bounds must be finite with low < high");
            }
            if (!(start >= low && start <= high)) {
                throw new IllegalArgumentException(name + ": the start value " + start + " lies outside [" + low + ", "
                        + high + "]");
            }
        }

        boolean logarithmic() {
            return low > 0;
        }

        double toFit(double value) {
            return logarithmic() ? Math.log(value) : value;
        }

        double fromFit(double u) {
            double v = logarithmic() ? Math.exp(u) : u;
            return Math.min(high, Math.max(low, v));
        }
    }

    /** The model's values at the data points for the given parameter values (in {@link Free} order). */
    @FunctionalInterface
    public interface Model {
        double[] at(double[] parameters);
    }

    /**
     * What the fit found.
     *
     * @param sigmas the standard error of each value (NaN when the data cannot tell it: fewer points
     *        than parameters, a parameter the model does not depend on)
     * @param model the model's values at the data points with the fitted parameters
     */
    public record Result(double[] values, double[] sigmas, double[] model, double rms, double rSquared,
            int evaluations, int iterations) {
    }

    /** Relative step of the finite differences (of the log for log-scaled parameters). */
    static final double STEP = 1e-4;

    private ModelFit() {
    }

    /**
     * @throws IllegalArgumentException when there are fewer data than parameters or the model gives
     *         a value that is not finite at the start
     * @throws MathIllegalStateException when the optimiser does not converge within {@code maxEvaluations}
     */
    public static Result fit(Model model, double[] measured, List<Free> free, int maxEvaluations) {
        int n = measured.length;
        int k = free.size();
        if (n < k) {
            throw new IllegalArgumentException("a fit of " + k + " parameters needs at least " + k
                    + " data points, got " + n);
        }
        double scale = 0;
        for (double y : measured) {
            scale = Math.max(scale, Math.abs(y));
        }
        double norm = scale > 0 ? scale : 1;
        int[] evaluations = { 0 };
        java.util.function.Function<double[], double[]> modelValues = u -> {
            double[] p = new double[k];
            for (int j = 0; j < k; j++) {
                p[j] = free.get(j).fromFit(u[j]);
            }
            evaluations[0]++;
            double[] m = model.at(p);
            double[] r = new double[n];
            for (int i = 0; i < n; i++) {
                if (!Double.isFinite(m[i])) {
                    throw new IllegalArgumentException("the model has no finite value at data point " + (i + 1)
                            + " for " + describe(free, p));
                }
                r[i] = m[i] / norm;
            }
            return r;
        };
        double[] start = new double[k];
        for (int j = 0; j < k; j++) {
            start[j] = free.get(j).toFit(free.get(j).start());
        }
        RealVector target = new ArrayRealVector(measured).mapDivide(norm);
        LeastSquaresOptimizer.Optimum optimum = new LevenbergMarquardtOptimizer().optimize(new LeastSquaresBuilder()
                .model(point -> jacobian(modelValues, point.toArray(), free))
                .target(target)
                .start(start)
                .parameterValidator(point -> {
                    RealVector held = point.copy();
                    for (int j = 0; j < k; j++) {
                        held.setEntry(j, free.get(j).toFit(free.get(j).fromFit(point.getEntry(j))));
                    }
                    return held;
                })
                .maxEvaluations(maxEvaluations)
                .maxIterations(maxEvaluations)
                .build());
        double[] u = optimum.getPoint().toArray();
        double[] values = new double[k];
        for (int j = 0; j < k; j++) {
            values[j] = free.get(j).fromFit(u[j]);
        }
        double[] fitted = modelValues.apply(u);
        double rss = 0;
        double mean = 0;
        for (double y : measured) {
            mean += y / n;
        }
        double tss = 0;
        for (int i = 0; i < n; i++) {
            fitted[i] *= norm;
            rss += (measured[i] - fitted[i]) * (measured[i] - fitted[i]);
            tss += (measured[i] - mean) * (measured[i] - mean);
        }
        double[] sigmas = new double[k];
        java.util.Arrays.fill(sigmas, Double.NaN);
        if (n > k) {
            try {
                RealMatrix covariance = optimum.getCovariances(1e-14);
                double s2 = rss / (norm * norm) / (n - k);
                for (int j = 0; j < k; j++) {
                    double sigmaU = Math.sqrt(covariance.getEntry(j, j) * s2);
                    sigmas[j] = free.get(j).logarithmic() ? values[j] * sigmaU : sigmaU;
                }
            } catch (MathIllegalStateException e) {
                // singular JᵀJ: the data do not tell some parameter; its error stays NaN
            }
        }
        return new Result(values, sigmas, fitted, Math.sqrt(rss / n), tss > 0 ? 1 - rss / tss : Double.NaN,
                evaluations[0], optimum.getIterations());
    }

    private static Pair<RealVector, RealMatrix> jacobian(java.util.function.Function<double[], double[]> values,
            double[] u, List<Free> free) {
        double[] at = values.apply(u);
        RealMatrix jacobian = new Array2DRowRealMatrix(at.length, u.length);
        for (int j = 0; j < u.length; j++) {
            Free f = free.get(j);
            double h = STEP * (f.logarithmic() ? 1 : Math.max(Math.abs(u[j]), f.high() - f.low()));
            double[] moved = u.clone();
            moved[j] = u[j] + h <= f.toFit(f.high()) ? u[j] + h : u[j] - h;
            double step = moved[j] - u[j];
            double[] there = values.apply(moved);
            for (int i = 0; i < at.length; i++) {
                jacobian.setEntry(i, j, (there[i] - at[i]) / step);
            }
        }
        return new Pair<>(new ArrayRealVector(at, false), jacobian);
    }

    private static String describe(List<Free> free, double[] p) {
        StringBuilder text = new StringBuilder();
        for (int j = 0; j < p.length; j++) {
            text.append(j == 0 ? "" : ", ").append(free.get(j).name()).append(" = ").append(p[j]);
        }
        return text.toString();
    }
}
