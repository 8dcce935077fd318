package org.memdsl.compiler;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.eclipse.xtext.nodemodel.ICompositeNode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.memdsl.memDsl.Experiment;
import org.memdsl.memDsl.Fit;
import org.memdsl.memDsl.FreeParameter;
import org.memdsl.memDsl.ParameterAssignment;
import org.memdsl.runtime.ExperimentPlan;
import org.memdsl.runtime.catalog.Dimension;
import org.memdsl.runtime.catalog.ParameterValues;
import org.memdsl.runtime.data.DataFileException;
import org.memdsl.runtime.data.MeasuredCurve;
import org.memdsl.runtime.fit.FitSettings;
import org.memdsl.runtime.fit.ModelFit;
import org.memdsl.runtime.result.Column;
import org.memdsl.runtime.result.Figure;
import org.memdsl.runtime.result.FigureSeries;
import org.memdsl.runtime.result.ResultTable;
import org.memdsl.runtime.result.RunResult;
import org.memdsl.runtime.result.ScalarResult;
import org.memdsl.runtime.simulation.ProgressListener;
import org.memdsl.units.UnitException;

/**
 * A {@code fit} compiled: the experiment whose output is compared with the measured curve, the
 * free parameters with their bounds and start values (what the file gives), and the model — one
 * run of the experiment with the parameters in place, its output column read at the data's x
 * values (linear between the run's points, which must rise along x: pulse numbers, times,
 * intervals).
 */
public final class FitCompiler {

    private final Fit fit;
    private final Application application;
    private final MeasuredCurve data;
    private final List<StudyCompiler.Target> targets;
    private final List<ModelFit.Free> free;
    private final int maxRuns;
    private final ModelFit.Method method;

    private FitCompiler(Fit fit, Application application, MeasuredCurve data, List<StudyCompiler.Target> targets,
            List<ModelFit.Free> free, int maxRuns, ModelFit.Method method) {
        this.fit = fit;
        this.application = application;
        this.data = data;
        this.targets = targets;
        this.free = free;
        this.maxRuns = maxRuns;
        this.method = method;
    }

    /**
     * @throws CompileException located at what cannot be compiled
     * @throws DataFileException for a problem inside the data file
     */
    public static FitCompiler compile(Fit fit) {
        Experiment experiment = fit.getExperiment();
        if (experiment == null || experiment.eIsProxy() || experiment.getArray() != null) {
            throw new CompileException("a fit runs an experiment on a device", fit);
        }
        if (fit.getFree().isEmpty()) {
            throw new CompileException("a fit has at least one free parameter: free device.g_max in [10 nS, 1 µS]",
                    fit);
        }
        Application application = Application.of(experiment);
        Path file = DataFiles.resolve(fit.getData(), fit.getData().getPath());
        MeasuredCurve data;
        try {
            data = MeasuredCurve.read(file, fit.getDataX(), fit.getDataY());
        } catch (DataFileException e) {
            throw e; // reported in the data file, at its line
        } catch (IllegalArgumentException e) {
            throw new CompileException(e.getMessage(), fit.getData());
        }
        List<StudyCompiler.Target> targets = new ArrayList<>();
        List<ModelFit.Free> free = new ArrayList<>();
        StudyCompiler probe = null;
        for (FreeParameter p : fit.getFree()) {
            StudyCompiler.Target target = StudyCompiler.target(p.getTarget(), application);
            Dimension dimension = target.parameter().dimension();
            double low = si(p.getLow(), dimension, p);
            double high = si(p.getHigh(), dimension, p);
            double start = StudyCompiler.valueIn(target, application.bindings());
            String name = StudyCompiler.name(p.getTarget());
            if (!(low < high)) {
                throw new CompileException("the lower bound must lie below the upper one", p);
            }
            if (!(start >= low && start <= high)) {
                throw new CompileException("the fit starts at what the file gives, " + name + " = "
                        + dimension.formatRounded(start) + ", outside [" + dimension.formatRounded(low) + ", "
                        + dimension.formatRounded(high) + "]", p);
            }
            targets.add(target);
            free.add(new ModelFit.Free(name, StudyCompiler.unit(target), low, high, start));
        }
        ParameterValues settings = new ParameterValues(FitSettings.INSTANCE,
                MemDslCompiler.values(fit.getSettings(), FitSettings.INSTANCE, fit));
        return new FitCompiler(fit, application, data, targets, free, settings.count(FitSettings.MAX_RUNS),
                ModelFit.Method.of(settings.choice(FitSettings.METHOD)));
    }

    /** The run's output table for these parameter values (one run of the experiment). */
    private ResultTable run(double[] parameters) {
        Bindings bindings = application.bindings();
        for (int j = 0; j < parameters.length; j++) {
            bindings = bindings.withNumber(targets.get(j).block(), targets.get(j).parameter().name(), parameters[j]);
        }
        ExperimentPlan plan = MemDslCompiler.checkedExperiment(application.withBindings(bindings));
        return plan.run(ProgressListener.NONE).table(fit.getOutput());
    }

    /** The model's values at the data's x inside the run's range (those {@link #inside} lists). */
    private double[] model(double[] parameters, int[] inside) {
        ResultTable table = run(parameters);
        double[] x = table.column(fit.getModelX());
        double[] y = table.column(fit.getModelY());
        double[] at = new double[inside.length];
        for (int i = 0; i < at.length; i++) {
            at[i] = interpolate(x, y, data.x()[inside[i]]);
        }
        return at;
    }

    /** The data points whose x lies within the run's x values at the start (the others cannot be compared). */
    private int[] inside(ResultTable probe) {
        double[] x = probe.column(fit.getModelX());
        if (x.length == 0) {
            throw new IllegalArgumentException("the run's '" + fit.getOutput() + "' has no rows");
        }
        double low = java.util.Arrays.stream(x).min().getAsDouble();
        double high = java.util.Arrays.stream(x).max().getAsDouble();
        int[] inside = java.util.stream.IntStream.range(0, data.x().length)
                .filter(i -> data.x()[i] >= low && data.x()[i] <= high).toArray();
        if (inside.length < free.size() + 1) {
            throw new IllegalArgumentException(inside.length + " of " + data.x().length + " data points lie within "
                    + "the run's " + fit.getModelX() + " values " + low + " … " + high + "; a fit of " + free.size()
                    + " parameters needs at least " + (free.size() + 1));
        }
        return inside;
    }

    /** {@code y} at {@code t} along increasing {@code x}, linear between points; NaN outside them. */
    static double interpolate(double[] x, double[] y, double t) {
        for (int i = 0; i + 1 < x.length; i++) {
            if (!(x[i + 1] > x[i])) {
                throw new IllegalArgumentException("the run's column must rise from row to row to be read at the "
                        + "data's values (rows " + (i + 1) + " and " + (i + 2) + " do not)");
            }
        }
        if (x.length == 0 || t < x[0] || t > x[x.length - 1]) {
            return Double.NaN;
        }
        int hi = java.util.Arrays.binarySearch(x, t);
        if (hi >= 0) {
            return y[hi];
        }
        hi = -hi - 1;
        double f = (t - x[hi - 1]) / (x[hi] - x[hi - 1]);
        return y[hi - 1] + f * (y[hi] - y[hi - 1]);
    }

    /**
     * What a fit found, which data points it compared (those within the run's range), and the units
     * of x and y (the data's header's, else the run's columns').
     */
    public record Fitted(ModelFit.Result result, int[] inside, String xUnit, String yUnit) {
    }

    /**
     * Runs the fit: each least-squares evaluation takes one run per free parameter and one more; the
     * simplex one run per evaluation (and one per parameter and one more for the standard errors).
     */
    public Fitted run() {
        ResultTable probe = run(free.stream().mapToDouble(ModelFit.Free::start).toArray());
        int[] inside = inside(probe);
        double[] measured = java.util.Arrays.stream(inside).mapToDouble(i -> data.y()[i]).toArray();
        String xUnit = data.xUnit().isEmpty() ? unit(probe, fit.getModelX()) : data.xUnit();
        String yUnit = data.yUnit().isEmpty() ? unit(probe, fit.getModelY()) : data.yUnit();
        int budget = method == ModelFit.Method.SIMPLEX ? maxRuns - 1 : Math.max(2, maxRuns / (free.size() + 1));
        return new Fitted(ModelFit.fit(p -> model(p, inside), measured, free, budget, method), inside, xUnit, yUnit);
    }

    private static String unit(ResultTable table, String column) {
        return table.header().stream().filter(c -> c.name().equals(column)).map(Column::unit).findFirst()
                .orElse(Column.ONE);
    }

    /** The fit's table (data, model, residual per point), its results and its figures. */
    public RunResult outputs(Fitted fitted) {
        ModelFit.Result result = fitted.result();
        String xUnit = fitted.xUnit();
        String yUnit = fitted.yUnit();
        double[] xs = java.util.Arrays.stream(fitted.inside()).mapToDouble(i -> data.x()[i]).toArray();
        double[] ys = java.util.Arrays.stream(fitted.inside()).mapToDouble(i -> data.y()[i]).toArray();
        double[] residual = new double[ys.length];
        for (int i = 0; i < residual.length; i++) {
            residual[i] = ys[i] - result.model()[i];
        }
        List<ScalarResult> scalars = new ArrayList<>();
        for (int j = 0; j < free.size(); j++) {
            ModelFit.Free f = free.get(j);
            String unit = Column.ONE.equals(f.unit()) ? "" : " " + f.unit(); // a plain number is written bare
            scalars.add(new ScalarResult(f.name(), f.unit(), new double[] { result.values()[j] }, null,
                    "± " + format(result.sigmas()[j]) + unit + " (one standard error); started at "
                            + format(f.start()) + ", bounds [" + format(f.low()) + ", " + format(f.high()) + "]"));
            scalars.add(ScalarResult.number(f.name() + "_sigma", f.unit(), result.sigmas()[j],
                    "the data do not determine it"));
        }
        scalars.add(ScalarResult.number("fit_r_squared", Column.ONE, result.rSquared(), "the data do not vary"));
        scalars.add(ScalarResult.number("fit_rms_residual", yUnit, result.rms(), null));
        scalars.add(ScalarResult.number("runs", Column.ONE, result.evaluations(), null));
        int left = data.x().length - xs.length;
        scalars.add(new ScalarResult("data_points", Column.ONE, new double[] { xs.length }, null, left == 0 ? null
                : left + " of " + data.x().length + " data points lie outside the run's " + fit.getModelX()
                        + " values and are left out"));
        ResultTable table = new ResultTable("fit", List.of(Column.stated(fit.getDataX(), xUnit),
                Column.of("measured", yUnit), Column.of("model", yUnit), Column.of("residual", yUnit)),
                new double[][] { xs, ys, result.model(), residual }, scalars);
        String label = fit.getDataX() + " [" + xUnit + "]";
        Figure curve = new Figure("fit", fit.getName() + ": " + fit.getDataY() + " measured and fitted (R² = "
                + String.format(Locale.ROOT, "%.4f", result.rSquared()) + ")", label,
                fit.getDataY() + " [" + yUnit + "]", false, List.of(new FigureSeries("measured", xs, ys),
                        new FigureSeries("fitted model", xs, result.model(), FigureSeries.Role.FIT)));
        Figure residuals = new Figure("residuals", fit.getName() + ": residuals (measured − model)", label,
                "residual [" + yUnit + "]", false, List.of(new FigureSeries("residual", xs, residual)));
        return new RunResult(fit.getName(), List.of(table), List.of(curve, residuals));
    }

    /**
     * The fitted device as a {@code .mem} declaration named after the fit: the device's own
     * assignments with the fitted parameters replaced (or added), for other files to import.
     */
    public String fittedDevice(Fitted fitted) {
        ModelFit.Result result = fitted.result();
        StringBuilder text = new StringBuilder();
        text.append("// Fitted by memdsl: fit '").append(fit.getName()).append("' of '")
                .append(application.device().getName()).append("' to ").append(fit.getData().getPath()).append(" (")
                .append(fit.getDataX()).append(", ").append(fit.getDataY()).append("), R² = ")
                .append(String.format(Locale.ROOT, "%.6f", result.rSquared())).append('\n');
        List<String> fittedNames = new ArrayList<>();
        for (int j = 0; j < free.size(); j++) {
            if (targets.get(j).block() == application.device()) {
                fittedNames.add(targets.get(j).parameter().name());
                String unit = Column.ONE.equals(free.get(j).unit()) ? "" : " " + free.get(j).unit();
                text.append("// ").append(targets.get(j).parameter().name()).append(" = ")
                        .append(format(result.values()[j])).append(unit).append(" ± ")
                        .append(format(result.sigmas()[j])).append(unit).append(" (one standard error)\n");
            }
        }
        text.append("device ").append(fit.getName()).append(" : ").append(application.device().getFamily())
                .append(" {\n");
        for (ParameterAssignment a : application.device().getParameters()) {
            if (!fittedNames.contains(a.getName())) {
                ICompositeNode node = NodeModelUtils.getNode(a);
                text.append("    ").append(node == null ? a.getName() : NodeModelUtils.getTokenText(node).strip())
                        .append('\n');
            }
        }
        for (int j = 0; j < free.size(); j++) {
            if (targets.get(j).block() == application.device()) {
                String unit = free.get(j).unit();
                text.append("    ").append(targets.get(j).parameter().name()).append(" = ")
                        .append(Double.toString(result.values()[j])).append(Column.ONE.equals(unit) ? "" : " " + unit)
                        .append('\n');
            }
        }
        return text.append("}\n").toString();
    }

    public Fit fit() {
        return fit;
    }

    private static String format(double v) {
        return Double.isFinite(v) ? String.format(Locale.ROOT, "%.4g", v) : "unknown";
    }

    private static double si(org.memdsl.memDsl.Quantity q, Dimension dimension, FreeParameter at) {
        try {
            return Quantities.toSi(q, dimension);
        } catch (UnitException e) {
            throw new CompileException(e.getMessage(), at);
        }
    }
}
