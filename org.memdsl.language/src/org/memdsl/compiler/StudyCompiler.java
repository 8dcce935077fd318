package org.memdsl.compiler;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.function.Function;

import org.eclipse.emf.ecore.EObject;
import org.memdsl.memDsl.Quantity;
import org.memdsl.memDsl.Study;
import org.memdsl.memDsl.StudyAxis;
import org.memdsl.memDsl.StudyCorrelation;
import org.memdsl.memDsl.StudyTarget;
import org.memdsl.memDsl.StudyVariation;
import org.memdsl.memDsl.SweptValues;
import org.memdsl.runtime.catalog.Dimension;
import org.memdsl.runtime.catalog.Kind;
import org.memdsl.runtime.catalog.Parameter;
import org.memdsl.runtime.catalog.ParameterValues;
import org.memdsl.runtime.result.Report;
import org.memdsl.runtime.result.RunResult;
import org.memdsl.runtime.simulation.ExperimentSettings;
import org.memdsl.runtime.simulation.ProgressListener;
import org.memdsl.runtime.study.Distribution;
import org.memdsl.runtime.study.PointResult;
import org.memdsl.runtime.study.Spacing;
import org.memdsl.runtime.study.StudyDesign;
import org.memdsl.runtime.study.StudyPoint;
import org.memdsl.runtime.study.StudySettings;
import org.memdsl.units.UnitException;

/**
 * A {@code study} compiled: its design (the points), the experiment each point runs with the
 * point's values in place of what the file gives, and the reports each run contributes to the
 * point's row. Points are compiled one at a time ({@link #prepare}), so a study of 10⁶ points never
 * holds more than the points in flight.
 */
public final class StudyCompiler {

    /** What a name of the study's table stands for: a parameter of a block (the device, a stimulus, the experiment). */
    public record Target(EObject block, Kind kind, Parameter parameter) {
    }

    private final Study study;
    private final StudySubject subject;
    private final StudyDesign design;
    private final Map<String, Target> targets;
    private final List<Report> reports;
    private final int threads;

    private StudyCompiler(Study study, StudySubject subject, StudyDesign design, Map<String, Target> targets,
            List<Report> reports, int threads) {
        this.study = study;
        this.subject = subject;
        this.design = design;
        this.targets = targets;
        this.reports = reports;
        this.threads = threads;
    }

    /** @throws CompileException located at what cannot be compiled */
    public static StudyCompiler compile(Study study) {
        StudySubject subject = StudySubject.of(study);
        if (subject == null) {
            throw new CompileException("a study runs an experiment on a device or a network", study);
        }
        ParameterValues settings = new ParameterValues(StudySettings.INSTANCE,
                MemDslCompiler.values(study.getSettings(), StudySettings.INSTANCE, study));
        Map<String, Target> targets = new LinkedHashMap<>();
        List<StudyDesign.Axis> axes = new ArrayList<>();
        for (StudyAxis axis : study.getAxes()) {
            List<StudyDesign.Swept> swept = new ArrayList<>();
            for (SweptValues values : axis.getValues()) {
                Target target = subject.target(values.getTarget());
                String name = name(values.getTarget());
                targets.put(name, target);
                swept.add(new StudyDesign.Swept(name, unit(target), values(values, target)));
            }
            try {
                axes.add(new StudyDesign.Axis(swept));
            } catch (IllegalArgumentException e) {
                throw new CompileException(e.getMessage(), axis);
            }
        }
        List<StudyDesign.Variation> variations = new ArrayList<>();
        for (StudyVariation v : study.getVariations()) {
            Target target = subject.target(v.getTarget());
            String name = name(v.getTarget());
            targets.put(name, target);
            variations.add(variation(v, name, target));
            if (v.isPerCycle() && !(subject instanceof ExperimentSubject e && target.block() == e.application()
                    .device())) {
                throw new CompileException("cycle-to-cycle variation draws a parameter of the experiment's device "
                        + "afresh for every stimulus it applies (device.NAME)", v.getTarget());
            }
        }
        List<StudyDesign.Correlation> correlations = new ArrayList<>();
        for (StudyCorrelation c : study.getCorrelations()) {
            correlations.add(correlation(c, variations));
        }
        if (study.getReports().isEmpty()) {
            throw new CompileException("a study reports at least one number per point: report max ppf.ppf_percent",
                    study);
        }
        List<Report> reports = study.getReports().stream().map(ReportCompiler::compile).toList();
        long runSeed = subject.seed();
        StudyDesign design;
        try {
            design = new StudyDesign(axes, variations, correlations, settings.count(StudySettings.SAMPLES),
                    (long) settings.get(StudySettings.SEED), runSeed);
        } catch (IllegalArgumentException e) {
            throw new CompileException(e.getMessage(), study.getCorrelations().isEmpty() ? study
                    : study.getCorrelations().get(0));
        }
        if (design.size() > StudyDesign.MAX_POINTS) {
            throw new CompileException("the study has " + Dimension.rounded(design.size()) + " points; at most "
                    + Dimension.rounded(StudyDesign.MAX_POINTS), study);
        }
        return new StudyCompiler(study, subject, design, targets, reports, settings.count(StudySettings.THREADS));
    }

    public StudyDesign design() {
        return design;
    }

    /** This study with every seed replaced (the command line's {@code --seed}). */
    public StudyCompiler withSeed(long seed) {
        return new StudyCompiler(study, subject, design.withSeed(seed), targets, reports, threads);
    }

    /** Threads to run on, 0 for every core. */
    public int threads() {
        return threads;
    }

    /** The reported numbers' column names, in order. */
    public List<String> reportNames() {
        return reports.stream().map(Report::name).toList();
    }

    /** Point {@code index} of the design, its variations drawn around the values at the point. */
    public StudyPoint point(long index) {
        return design.point(index, (name, swept) -> subject.nominal(targets.get(name)));
    }

    /**
     * Compiles point {@code point} (on the calling thread: the spec's model is read only there) into
     * a run that gives the point's reported numbers.
     *
     * @throws CompileException when the point's values make no valid experiment (a drawn width below 0)
     */
    public Callable<PointResult> prepare(StudyPoint point) {
        Map<Target, Double> values = new LinkedHashMap<>();
        point.values().forEach((name, value) -> values.put(targets.get(name), value));
        Map<Target, StudyDesign.Variation> perCycle = new LinkedHashMap<>();
        design.cycleToCycle().forEach(v -> perCycle.put(targets.get(v.name()), v));
        Function<ProgressListener, RunResult> run = subject.compile(values, perCycle, seedOf(values, point.seed()));
        return () -> {
            RunResult result = run.apply(ProgressListener.NONE);
            double[] numbers = new double[reports.size()];
            String[] units = new String[reports.size()];
            for (int k = 0; k < numbers.length; k++) {
                Report report = reports.get(k);
                try {
                    numbers[k] = report.measure(result);
                    units[k] = report.reading().unit(result, Map.of());
                } catch (IllegalArgumentException e) {
                    numbers[k] = Double.NaN;
                    units[k] = "";
                }
            }
            return PointResult.of(numbers, units);
        };
    }

    /** The seed a point runs with: its own, unless the study sweeps the subject's {@code seed} setting. */
    private long seedOf(Map<Target, Double> values, long pointSeed) {
        for (var entry : values.entrySet()) {
            if (entry.getKey().block() == subject.source()
                    && ExperimentSettings.SEED.equals(entry.getKey().parameter().name())) {
                return (long) (double) entry.getValue();
            }
        }
        return pointSeed;
    }

    /** What the study runs at each point. */
    public StudySubject subject() {
        return subject;
    }

    /** The value {@code target}'s parameter has with {@code bindings}: set, written in the file, or its default. */
    static double valueIn(Target target, Bindings bindings) {
        double[] given = MemDslCompiler.values(BlockKinds.assignments(target.block()), target.kind(), target.block(),
                bindings).numbers().get(target.parameter().name());
        return given != null ? given[0] : target.parameter().defaultValue();
    }

    /** @throws CompileException at {@code target} when it names no parameter of the experiment a study can change */
    public static Target target(StudyTarget target, Application application) {
        return new ExperimentSubject(application).target(target);
    }

    /** The target as written: {@code device.g_max}, {@code pairs.amplitude}, {@code temperature}. */
    public static String written(StudyTarget target) {
        String owner = target.isDevice() ? "device." : target.getStimulus() != null
                ? target.getStimulus().getName() + "." : "";
        return owner + target.getParameter();
    }

    /**
     * The column's name: {@code device_g_max} for {@code device.g_max}, {@code pairs_amplitude},
     * {@code temperature} (an identifier, so expectations and reports can read it).
     */
    public static String name(StudyTarget target) {
        String owner = target.isDevice() ? "device_" : target.getStimulus() != null
                ? target.getStimulus().getName() + "_" : "";
        return owner + target.getParameter();
    }

    static String unit(Target target) {
        String symbol = target.parameter().dimension().siSymbol();
        return symbol.isEmpty() ? "1" : symbol;
    }

    private static double[] values(SweptValues values, Target target) {
        Dimension dimension = target.parameter().dimension();
        if (values.getList() != null) {
            return values.getList().getItems().stream().mapToDouble(q -> si(q, dimension)).toArray();
        }
        try {
            return Spacing.of(values.getSpacing()).values(si(values.getFrom(), dimension),
                    si(values.getTo(), dimension),
                    (int) Math.min(Integer.MAX_VALUE, values.getPoints()));
        } catch (IllegalArgumentException e) {
            throw new CompileException(e.getMessage(), values);
        }
    }

    private static StudyDesign.Variation variation(StudyVariation v, String name, Target target) {
        String distribution = v.getDistribution() == null ? Distribution.LOGNORMAL.keyword() : v.getDistribution();
        Distribution d = Distribution.of(distribution).orElseThrow(() -> new CompileException("no distribution '"
                + distribution + "' (lognormal, normal, uniform)", v));
        Quantity spread = v.getSpread();
        boolean relative = "%".equals(spread.getUnit());
        double value = relative ? si(spread, Dimension.DIMENSIONLESS) : si(spread, target.parameter().dimension());
        if (!(value > 0) || !Double.isFinite(value)) {
            throw new CompileException("a spread is a positive number", spread);
        }
        return new StudyDesign.Variation(name, unit(target), value, relative, d, v.isPerCycle());
    }

    private static StudyDesign.Correlation correlation(StudyCorrelation c, List<StudyDesign.Variation> variations) {
        String first = name(c.getFirst());
        String second = name(c.getSecond());
        for (StudyTarget target : List.of(c.getFirst(), c.getSecond())) {
            if (variations.stream().noneMatch(v -> v.name().equals(name(target)) && !v.perCycle())) {
                throw new CompileException("'" + written(target) + "' is not varied device to device in this study: "
                        + "'correlate' names two parameters that 'vary' draws for each point", target);
            }
        }
        if (first.equals(second)) {
            throw new CompileException("a parameter is not correlated with itself", c.getSecond());
        }
        double coefficient = si(c.getCoefficient(), Dimension.DIMENSIONLESS);
        if (!(Math.abs(coefficient) <= 1)) {
            throw new CompileException("a correlation coefficient lies in [-1, 1]", c.getCoefficient());
        }
        return new StudyDesign.Correlation(first, second, coefficient);
    }

    private static double si(Quantity quantity, Dimension dimension) {
        try {
            return Quantities.toSi(quantity, dimension);
        } catch (UnitException e) {
            throw new CompileException(e.getMessage(), quantity);
        }
    }

    public Study study() {
        return study;
    }
}
