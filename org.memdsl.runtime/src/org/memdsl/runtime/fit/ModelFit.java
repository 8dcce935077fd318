package org.memdsl.runtime.fit;

import java.util.List;

import org.hipparchus.exception.MathIllegalArgumentException;
import org.hipparchus.exception.MathIllegalStateException;
import org.hipparchus.linear.Array2DRowRealMatrix;
import org.hipparchus.linear.ArrayRealVector;
import org.hipparchus.linear.QRDecomposition;
import org.hipparchus.linear.RealMatrix;
import org.hipparchus.linear.RealVector;
import org.hipparchus.optim.InitialGuess;
import org.hipparchus.optim.MaxEval;
import org.hipparchus.optim.PointValuePair;
import org.hipparchus.optim.nonlinear.scalar.GoalType;
import org.hipparchus.optim.nonlinear.scalar.ObjectiveFunction;
import org.hipparchus.optim.nonlinear.scalar.noderiv.NelderMeadSimplex;
import org.hipparchus.optim.nonlinear.scalar.noderiv.SimplexOptimizer;
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

    /** How the sum of squared residuals is minimised. */
    public enum Method {
        /** Levenberg–Marquardt on a finite-difference Jacobian: few runs when the model is smooth. */
        LEAST_SQUARES("least_squares"),
        /**
         * Nelder–Mead simplex on the sum of squares: no derivatives, for models whose output jumps
         * (thresholds, switching events, quantised states) where finite differences see nothing.
         */
        SIMPLEX("simplex");

        private final String keyword;

        Method(String keyword) {
            this.keyword = keyword;
        }

        public String keyword() {
            return keyword;
        }

        public static Method of(String keyword) {
            for (Method m : values()) {
                if (m.keyword.equals(keyword)) {
                    return m;
                }
            }
            throw new IllegalArgumentException("no fit method '" + keyword + "' (least_squares, simplex)");
        }
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
        return fit(model, measured, free, maxEvaluations, Method.LEAST_SQUARES);
    }

    /**
     * @param maxEvaluations for {@link Method#LEAST_SQUARES} the most Jacobian evaluations (each costs
     *        one run per parameter and one more), for {@link Method#SIMPLEX} the most runs
     */
    public static Result fit(Model model, double[] measured, List<Free> free, int maxEvaluations, Method method) {
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
        if (method == Method.SIMPLEX) {
            return simplex(modelValues, target, start, free, measured, norm, maxEvaluations, evaluations);
        }
        LeastSquaresOptimizer.Optimum optimum = new LevenbergMarquardtOptimizer().optimize(new LeastSquaresBuilder()
                .model(point -> jacobian(modelValues, point.toArray(), free))
                .target(target)
                .start(start)
                .parameterValidator(point -> new ArrayRealVector(held(point.toArray(), free), false))
                .maxEvaluations(maxEvaluations)
                .maxIterations(maxEvaluations)
                .build());
        double[] u = optimum.getPoint().toArray();
        double[] values = new double[k];
        for (int j = 0; j < k; j++) {
            values[j] = free.get(j).fromFit(u[j]);
        }
        return result(modelValues.apply(u), values, optimum::getCovariances, free, measured, norm, evaluations[0],
                optimum.getIterations());
    }

    /** The covariance of the fit-space parameters up to s² ({@code (JᵀJ)⁻¹}), given a singularity threshold. */
    @FunctionalInterface
    private interface Covariance {
        RealMatrix at(double threshold);
    }

    private static Result result(double[] fitted, double[] values, Covariance covariance, List<Free> free,
            double[] measured, double norm, int evaluations, int iterations) {
        int n = measured.length;
        int k = free.size();
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
                RealMatrix c = covariance.at(1e-14);
                double s2 = rss / (norm * norm) / (n - k);
                for (int j = 0; j < k; j++) {
                    double sigmaU = Math.sqrt(c.getEntry(j, j) * s2);
                    sigmas[j] = free.get(j).logarithmic() ? values[j] * sigmaU : sigmaU;
                }
            } catch (MathIllegalStateException | MathIllegalArgumentException e) {
                // singular JᵀJ: the data do not tell some parameter; its error stays NaN
            }
        }
        return new Result(values, sigmas, fitted, Math.sqrt(rss / n), tss > 0 ? 1 - rss / tss : Double.NaN,
                evaluations, iterations);
    }

    /**
     * Nelder–Mead on the sum of squared (normalised) residuals in the fit space (log for positive
     * bounds), the first simplex a tenth of each range wide; standard errors from a finite-difference
     * Jacobian at the minimum (where the model is not differentiable they are only indicative).
     */
    private static Result simplex(java.util.function.Function<double[], double[]> modelValues, RealVector target,
            double[] start, List<Free> free, double[] measured, double norm, int maxRuns, int[] evaluations) {
        int k = free.size();
        double[] side = new double[k];
        for (int j = 0; j < k; j++) {
            Free f = free.get(j);
            side[j] = 0.1 * (f.toFit(f.high()) - f.toFit(f.low()));
        }
        java.util.function.ToDoubleFunction<double[]> squares = u -> {
            double[] m = modelValues.apply(held(u, free));
            double sum = 0;
            for (int i = 0; i < m.length; i++) {
                double r = m[i] - target.getEntry(i);
                sum += r * r;
            }
            return sum;
        };
        PointValuePair best = new SimplexOptimizer(1e-10, 1e-14).optimize(new MaxEval(Math.max(k + 2, maxRuns - k - 1)),
                new ObjectiveFunction(squares::applyAsDouble), GoalType.MINIMIZE, new InitialGuess(start),
                new NelderMeadSimplex(side));
        double[] u = held(best.getPoint(), free);
        double[] values = new double[k];
        for (int j = 0; j < k; j++) {
            values[j] = free.get(j).fromFit(u[j]);
        }
        RealMatrix jacobian = jacobian(modelValues, u, free).getSecond();
        RealMatrix normal = jacobian.transposeMultiply(jacobian);
        return result(modelValues.apply(u), values, threshold -> new QRDecomposition(normal, threshold).getSolver()
                .getInverse(), free, measured, norm, evaluations[0], evaluations[0]);
    }

    /** A fit-space point with each parameter held inside its bounds. */
    private static double[] held(double[] u, List<Free> free) {
        double[] h = new double[u.length];
        for (int j = 0; j < u.length; j++) {
            h[j] = free.get(j).toFit(free.get(j).fromFit(u[j]));
        }
        return h;
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
