package org.memdsl.run;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.function.Function;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.EcoreUtil2;
import org.memdsl.compiler.Application;
import org.memdsl.compiler.Characterisations;
import org.memdsl.compiler.CompileException;
import org.memdsl.compiler.ExpectationCompiler;
import org.memdsl.compiler.MemDslCompiler;
import org.memdsl.compiler.FitCompiler;
import org.memdsl.compiler.ReportCompiler;
import org.memdsl.compiler.StudyCompiler;
import org.memdsl.memDsl.Characterisation;
import org.memdsl.memDsl.CharacterisedDevice;
import org.memdsl.memDsl.Element;
import org.memdsl.memDsl.Expectation;
import org.memdsl.memDsl.Experiment;
import org.memdsl.memDsl.Fit;
import org.memdsl.memDsl.Measurement;
import org.memdsl.memDsl.Network;
import org.memdsl.memDsl.Overlay;
import org.memdsl.memDsl.OverlaySource;
import org.memdsl.memDsl.Protocol;
import org.memdsl.memDsl.Report;
import org.memdsl.memDsl.Study;
import org.memdsl.runtime.ExperimentPlan;
import org.memdsl.runtime.MemdslVersion;
import org.memdsl.runtime.array.ArrayPlan;
import org.memdsl.runtime.network.NetworkSpec;
import org.memdsl.runtime.output.AtomicFiles;
import org.memdsl.runtime.output.CharacterisationWriter;
import org.memdsl.runtime.output.ExpectationsWriter;
import org.memdsl.runtime.output.InputFile;
import org.memdsl.runtime.output.Provenance;
import org.memdsl.runtime.output.ResultWriter;
import org.memdsl.runtime.output.SummaryWriter;
import org.memdsl.runtime.output.TableFormat;
import org.memdsl.runtime.output.TableFormats;
import org.memdsl.runtime.result.ExpectationCheck;
import org.memdsl.runtime.result.Figure;
import org.memdsl.runtime.result.MissingValues;
import org.memdsl.runtime.result.ResultTable;
import org.memdsl.runtime.result.RunResult;
import org.memdsl.runtime.simulation.ProgressListener;
import org.memdsl.runtime.simulation.SimulationException;
import org.memdsl.runtime.study.PointResult;
import org.memdsl.runtime.study.StudyExecutor;
import org.memdsl.runtime.study.StudyOutputs;
import org.memdsl.runtime.study.StudyPoint;

import com.google.inject.Inject;

/**
 * Runs every experiment and network of a spec, in file order, and writes its results under {@code
 * outDir/NAME/}. Used by the command line and by the workbench, so both give the same files.
 */
public class SpecRunner {

    /**
     * What one experiment produced, where it was written, how its expectations fared, and warnings
     * about what it could not compute (located at the measurement).
     */
    public record Outcome(String experiment, RunResult result, Path directory, List<Path> files,
            List<CheckedExpectation> expectations, org.memdsl.runtime.result.Characterisation characterisation,
            List<SpecIssue> warnings) {

        public Outcome(String experiment, RunResult result, Path directory, List<Path> files,
                List<CheckedExpectation> expectations, org.memdsl.runtime.result.Characterisation characterisation) {
            this(experiment, result, directory, files, expectations, characterisation, List.of());
        }

        public Outcome(String experiment, RunResult result, Path directory, List<Path> files,
                List<CheckedExpectation> expectations) {
            this(experiment, result, directory, files, expectations, null);
        }

        public Outcome(String experiment, RunResult result, Path directory, List<Path> files) {
            this(experiment, result, directory, files, List.of());
        }
    }

    /** Told which experiment runs and how far it has come. */
    @FunctionalInterface
    public interface Progress {
        void progress(String experiment, int index, int count, double fraction);
    }

    @Inject
    private SpecLoader loader;

    @Inject
    private SpecBundle bundles;

    /** The engine that computes studies' points ({@code embedded}: this JVM's threads) and its options. */
    private String studyEngine = "embedded";
    private Map<String, String> engineOptions = Map.of();

    /**
     * Computes studies' points with the engine named {@code name} ({@code embedded}, or one on the
     * class path such as {@code spark}), with its options ({@code master = local[*]}).
     */
    public void useStudyEngine(String name, Map<String, String> options) {
        this.studyEngine = name;
        this.engineOptions = Map.copyOf(options);
    }

    /** Table formats written besides CSV for every result table (e.g. {@code parquet}). */
    private List<TableFormat> tableFormats = List.of();

    /**
     * Writes every result table also in the formats named (besides CSV).
     *
     * @throws IllegalArgumentException when a format is not on the class path
     */
    public void useTableFormats(List<String> names) {
        this.tableFormats = TableFormats.named(names);
    }

    public List<Outcome> run(Path file, Path outDir, OptionalLong seedOverride, Progress progress)
            throws IOException, SpecErrorsException {
        LoadedSpec spec = loader.load(file);
        if (spec.hasErrors()) {
            throw new SpecErrorsException(spec.issues());
        }
        List<Element> runnable = new ArrayList<>();
        for (Element e : spec.model() == null ? List.<Element>of() : spec.model().getElements()) {
            if (e instanceof Experiment || e instanceof Network || e instanceof Characterisation
                    || e instanceof Study || e instanceof Fit) {
                runnable.add(e);
            }
        }
        if (runnable.isEmpty()) {
            throw new SpecErrorsException(List.of(new SpecIssue(spec.file().toString(), 1, 1,
                    SpecIssue.Severity.ERROR, "the file declares no experiment, network or characterisation to run")));
        }
        Sources hash = new Sources(SpecInputs.sha256(spec.files()), SpecInputs.of(spec), options(seedOverride));
        List<Outcome> outcomes = new ArrayList<>();
        for (int k = 0; k < runnable.size(); k++) {
            Element source = runnable.get(k);
            int index = k;
            ProgressListener listener = fraction -> progress.progress(source.getName(), index, runnable.size(),
                    fraction);
            if (source instanceof Characterisation characterisation) {
                outcomes.addAll(characterise(spec, characterisation, outDir, seedOverride, listener, hash));
                continue;
            }
            if (source instanceof Study study) {
                outcomes.add(study(spec, study, outDir, seedOverride, listener, hash));
                continue;
            }
            if (source instanceof Fit fit) {
                outcomes.add(fit(spec, fit, outDir, hash));
                continue;
            }
            String what = source instanceof Network ? "network" : "experiment";
            Compiled compiled = compile(spec, source, what, seedOverride);
            outcomes.add(runAndWrite(spec, source, what, source.getName(), compiled, outDir.resolve(source.getName()),
                    listener, hash, source instanceof Experiment e ? expectationsOf(e) : List.of(), results(outcomes)));
        }
        for (Element e : spec.model().getElements()) {
            if (e instanceof Overlay overlay) {
                outcomes.add(overlay(spec, overlay, outcomes, outDir, hash));
            }
        }
        SummaryWriter.writeRun(outcomes.stream().map(Outcome::result).filter(java.util.Objects::nonNull).toList(),
                outDir);
        RunReport.write(outDir, spec, outcomes, hash.inputs(), hash.options(), MemdslVersion.get());
        return outcomes;
    }

    /** Runs one compiled experiment or network and writes its results, expectations included, into {@code dir}. */
    private Outcome runAndWrite(LoadedSpec spec, EObject at, String what, String name, Compiled compiled,
            Path dir, ProgressListener listener, Sources hash, List<Expectation> expectations,
            Map<String, RunResult> earlier)
            throws IOException, SpecErrorsException {
        RunResult result;
        try {
            result = compiled.run(listener);
        } catch (IllegalArgumentException | SimulationException e) {
            // The spec is valid but this protocol cannot be run or measured as written
            // (e.g. a PPF measurement on a train of odd length): report it at the declaration.
            throw new SpecErrorsException(List.of(SourceLocations.error(spec.file().toString(), at,
                    what + " '" + name + "' cannot run: " + e.getMessage())));
        } catch (RuntimeException | OutOfMemoryError | StackOverflowError e) {
            // last resort: a failure of memdsl itself is still an error at the declaration, not a stack trace
            throw new SpecErrorsException(List.of(SourceLocations.error(spec.file().toString(), at,
                    what + " '" + name + "' failed inside memdsl (" + e.getClass().getSimpleName()
                            + (e.getMessage() == null ? "" : ": " + e.getMessage())
                            + "); please report this with the file")));
        }
        Provenance provenance = provenance(spec, name, hash, compiled.seed());
        List<Path> written = new ArrayList<>(ResultWriter.write(result, dir, provenance, tableFormats));
        List<CheckedExpectation> checked = expectations(spec, expectations, result, earlier);
        if (!checked.isEmpty()) {
            written.add(ExpectationsWriter.write(checked.stream().map(CheckedExpectation::check).toList(), dir));
        }
        return new Outcome(name, result, dir, written, checked, null, missing(spec, at, result));
    }

    /**
     * A {@code study}: its points run on all cores (or {@code threads}), each finished point kept in
     * {@code NAME/points/} so a stopped study resumes; the table, figures and summary in {@code NAME/}.
     */
    private Outcome study(LoadedSpec spec, Study study, Path outDir, OptionalLong seedOverride,
            ProgressListener listener, Sources hash) throws IOException, SpecErrorsException {
        StudyCompiler compiled;
        try {
            compiled = StudyCompiler.compile(study);
        } catch (CompileException e) {
            throw new SpecErrorsException(List.of(SourceLocations.error(spec.file().toString(), e.source(),
                    e.getMessage())));
        }
        if (seedOverride.isPresent()) {
            compiled = compiled.withSeed(seedOverride.getAsLong());
        }
        StudyCompiler points = compiled;
        List<StudyPoint> all = new ArrayList<>();
        for (long i = 0; i < compiled.design().size(); i++) {
            all.add(compiled.point(i));
        }
        Path dir = outDir.resolve(study.getName());
        List<PointResult> results;
        if ("embedded".equals(studyEngine)) {
            StudyExecutor executor = compiled.threads() == 0 ? StudyExecutor.allCores()
                    : new StudyExecutor(compiled.threads());
            results = executor.run(all, point -> {
                try {
                    return points.prepare(point);
                } catch (CompileException e) {
                    throw new IllegalArgumentException(e.getMessage(), e);
                }
            }, compiled.reportNames().size(), dir.resolve("points"), hash.sha256(), listener);
        } else {
            StudyEngine engine = java.util.ServiceLoader.load(StudyEngine.class).stream()
                    .map(java.util.ServiceLoader.Provider::get).filter(e -> e.name().equals(studyEngine)).findFirst()
                    .orElseThrow(() -> new SpecErrorsException(List.of(SourceLocations.error(spec.file().toString(),
                            study, "no study engine '" + studyEngine + "' on the class path (bin/memdsl run --engine "
                                    + "spark adds Spark's; build it with ./mvnw package)"))));
            byte[] bundle = bundleOf(spec);
            results = StudyExecutor.runRemote(all, indices -> engine.compute(bundle, study.getName(), seedOverride,
                    indices, engineOptions), compiled.reportNames().size(), dir.resolve("points"), hash.sha256(),
                    listener);
        }
        if (!results.isEmpty() && results.stream().allMatch(PointResult::failed)) {
            throw new SpecErrorsException(List.of(SourceLocations.error(spec.file().toString(), study,
                    "study '" + study.getName() + "': no point could run; the first: " + results.get(0).failure())));
        }
        RunResult result = StudyOutputs.of(study.getName(), compiled.design(), all, results, compiled.reportNames());
        Provenance provenance = provenance(spec, study.getName(), hash, compiled.design().seed());
        List<Path> written = new ArrayList<>(ResultWriter.write(result, dir, provenance, tableFormats));
        return new Outcome(study.getName(), result, dir, written, List.of(), null, missing(spec, study, result));
    }

    /**
     * A {@code fit}: least squares through the simulator; the residual table, the fitted values with
     * their standard errors, the figures, and the fitted device as {@code NAME/NAME.mem}.
     */
    private Outcome fit(LoadedSpec spec, Fit fit, Path outDir, Sources hash)
            throws IOException, SpecErrorsException {
        FitCompiler compiled;
        FitCompiler.Fitted fitted;
        try {
            compiled = FitCompiler.compile(fit);
            fitted = compiled.run();
        } catch (CompileException e) {
            throw new SpecErrorsException(List.of(SourceLocations.error(spec.file().toString(), e.source(),
                    e.getMessage())));
        } catch (RuntimeException e) {
            // a run the engine refused, an optimiser that did not converge (Hipparchus' exceptions)
            throw new SpecErrorsException(List.of(SourceLocations.error(spec.file().toString(), fit,
                    "fit '" + fit.getName() + "' did not succeed: " + e.getMessage())));
        }
        RunResult result = compiled.outputs(fitted);
        Path dir = outDir.resolve(fit.getName());
        Provenance provenance = provenance(spec, fit.getName(), hash, 0);
        List<Path> written = new ArrayList<>(ResultWriter.write(result, dir, provenance, tableFormats));
        Path device = dir.resolve(fit.getName() + ".mem");
        String text = compiled.fittedDevice(fitted);
        AtomicFiles.write(device, o -> o.write(text.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        written.add(device);
        return new Outcome(fit.getName(), result, dir, written, List.of(), null, missing(spec, fit, result));
    }

    /** The spec packed with everything it reads, as a distributed engine's executors receive it. */
    private byte[] bundleOf(LoadedSpec spec) throws IOException, SpecErrorsException {
        Path file = java.nio.file.Files.createTempFile("memdsl-study", SpecBundle.EXTENSION);
        try {
            bundles.create(spec.file(), file, MemdslVersion.get());
            return java.nio.file.Files.readAllBytes(file);
        } finally {
            java.nio.file.Files.deleteIfExists(file);
        }
    }

    /** A warning per column with values that could not be computed, at the measurement that wrote it. */
    private static List<SpecIssue> missing(LoadedSpec spec, EObject at, RunResult result) {
        List<SpecIssue> warnings = new ArrayList<>();
        for (ResultTable table : result.tables()) {
            EObject measurement = measurementWriting(at, table.name());
            for (MissingValues m : MissingValues.of(table)) {
                warnings.add(SourceLocations.warning(spec.file().toString(), measurement, m.describe()));
            }
        }
        return warnings;
    }

    /** The measurement of {@code at} whose output {@code table} is (its name or a name derived from it). */
    private static EObject measurementWriting(EObject at, String table) {
        EObject best = at;
        int longest = -1;
        for (Measurement m : EcoreUtil2.eAllOfType(at, Measurement.class)) {
            String output = MemDslCompiler.outputName(m);
            if (table.startsWith(output) && output.length() > longest) {
                best = m;
                longest = output.length();
            }
        }
        return best;
    }

    /**
     * A {@code characterise} block: every protocol on every device, each run written to
     * {@code NAME/DEVICE_PROTOCOL/}, and their reports as one row per device in
     * {@code NAME/characterisation.csv}.
     */
    private List<Outcome> characterise(LoadedSpec spec, Characterisation characterisation, Path outDir,
            OptionalLong seedOverride, ProgressListener listener, Sources hash)
            throws IOException, SpecErrorsException {
        Path dir = outDir.resolve(characterisation.getName());
        List<Protocol> protocols;
        try {
            protocols = Characterisations.protocols(characterisation);
        } catch (CompileException e) {
            throw new SpecErrorsException(List.of(SourceLocations.error(spec.file().toString(), e.source(),
                    e.getMessage())));
        }
        List<Outcome> outcomes = new ArrayList<>();
        org.memdsl.runtime.result.Characterisation.Builder rows =
                new org.memdsl.runtime.result.Characterisation.Builder(characterisation.getName());
        int runs = characterisation.getDevices().size() * protocols.size();
        for (CharacterisedDevice entry : characterisation.getDevices()) {
            rows.device(entry.getDevice().getName(), entry.getDevice().getFamily());
            for (Protocol protocol : protocols) {
                int done = outcomes.size();
                Application application = Application.of(characterisation, entry, protocol);
                Compiled compiled = compile(spec, application, seedOverride);
                Outcome outcome = runAndWrite(spec, entry, "protocol run", application.name(), compiled,
                        dir.resolve(application.name()), fraction -> listener.progress((done + fraction) / runs),
                        hash, application.expectations(), Map.of());
                outcomes.add(outcome);
                for (Report report : application.reports()) {
                    org.memdsl.runtime.result.Report reported = ReportCompiler.compile(report);
                    rows.unit(reported.name(), reported.reading().unit(outcome.result(), Map.of()));
                    try {
                        double value = reported.measure(outcome.result());
                        if (Double.isNaN(value)) {
                            rows.missing(reported.name(), "protocol '" + protocol.getName() + "' gave no value "
                                    + "(not reached or not measurable within the protocol)");
                        } else {
                            rows.value(reported.name(), value);
                        }
                    } catch (IllegalArgumentException e) {
                        rows.missing(reported.name(), protocol.getName() + ": " + e.getMessage());
                    }
                }
            }
        }
        org.memdsl.runtime.result.Characterisation table = rows.build();
        Path csv = CharacterisationWriter.write(table, dir);
        Path provenance = ResultWriter.writeProvenance(dir, provenance(spec, characterisation.getName(), hash, 0),
                List.of(csv.getFileName().toString()));
        outcomes.add(new Outcome(characterisation.getName(), new RunResult(characterisation.getName(), List.of(),
                List.of()), dir, List.of(csv, provenance), List.of(), table));
        return outcomes;
    }

    /** The provenance of one output directory; ResultWriter adds the names of the files it writes. */
    private static Provenance provenance(LoadedSpec spec, String name, Sources sources, long seed) {
        Path folder = spec.file().getParent();
        return new Provenance(MemdslVersion.get(), name,
                spec.files().stream().map(f -> SpecInputs.relative(folder, f)).toList(), sources.sha256(),
                sources.inputs(), seed, sources.options(), Instant.now().truncatedTo(ChronoUnit.SECONDS).toString(),
                System.getProperty("java.version"), List.of());
    }

    /** What every output folder of one run records of where it came from. */
    private record Sources(String sha256, List<InputFile> inputs, Map<String, String> options) {
    }

    private static Map<String, String> options(OptionalLong seedOverride) {
        return seedOverride.isPresent() ? Map.of("seed", Long.toString(seedOverride.getAsLong())) : Map.of();
    }

    /** A {@code figure} block: the named outputs of experiments that ran, drawn in one figure. */
    private Outcome overlay(LoadedSpec spec, Overlay overlay, List<Outcome> outcomes, Path outDir, Sources hash)
            throws IOException, SpecErrorsException {
        List<org.memdsl.runtime.result.Overlay.Part> parts = new ArrayList<>();
        for (OverlaySource source : overlay.getSources()) {
            String experiment = source.getExperiment().getName();
            Figure figure = outcomes.stream().filter(o -> o.experiment().equals(experiment)).findFirst()
                    .flatMap(o -> o.result().figures().stream().filter(f -> f.name().equals(source.getOutput()))
                            .findFirst())
                    .orElseThrow(() -> new SpecErrorsException(List.of(SourceLocations.error(spec.file().toString(),
                            source, "experiment '" + experiment + "' drew no figure '" + source.getOutput() + "'"))));
            parts.add(new org.memdsl.runtime.result.Overlay.Part(experiment, figure));
        }
        RunResult result = new RunResult(overlay.getName(), List.of(),
                List.of(org.memdsl.runtime.result.Overlay.of(overlay.getName(), parts)));
        Path dir = outDir.resolve(overlay.getName());
        Provenance provenance = provenance(spec, overlay.getName(), hash, 0);
        return new Outcome(overlay.getName(), result, dir, ResultWriter.write(result, dir, provenance, tableFormats));
    }

    /** The results of the runs so far, by experiment name. */
    private static Map<String, RunResult> results(List<Outcome> outcomes) {
        Map<String, RunResult> results = new HashMap<>();
        for (Outcome o : outcomes) {
            results.put(o.experiment(), o.result());
        }
        return results;
    }

    /** The expectations an experiment checks: its own and those of the protocol it uses. */
    private static List<Expectation> expectationsOf(Experiment experiment) {
        Application application = Application.of(experiment);
        return application == null ? experiment.getExpectations() : application.expectations();
    }

    private static List<CheckedExpectation> expectations(LoadedSpec spec, List<Expectation> expectations,
            RunResult result, Map<String, RunResult> earlier) throws SpecErrorsException {
        List<CheckedExpectation> checked = new ArrayList<>();
        for (Expectation e : expectations) {
            SpecIssue at = SourceLocations.error(SourceLocations.fileOf(e, spec.file()), e, "");
            try {
                checked.add(new CheckedExpectation(at, ExpectationCheck.of(ExpectationCompiler.compile(e), result,
                        earlier)));
            } catch (CompileException x) {
                throw new SpecErrorsException(List.of(SourceLocations.error(spec.file().toString(), x.source(),
                        x.getMessage())));
            }
        }
        return checked;
    }

    /** A compiled experiment, array experiment or network with the seed it runs with. */
    private record Compiled(Function<ProgressListener, RunResult> runner, long seed) {

        RunResult run(ProgressListener progress) {
            return runner.apply(progress);
        }
    }

    private static Compiled compile(LoadedSpec spec, Element source, String what, OptionalLong seedOverride)
            throws SpecErrorsException {
        try {
            if (source instanceof Network network) {
                NetworkSpec compiled = MemDslCompiler.network(network);
                NetworkSpec seeded = seedOverride.isPresent() ? compiled.withSeed(seedOverride.getAsLong()) : compiled;
                return new Compiled(progress -> seeded.kind().run(seeded, progress), seeded.seed());
            }
            if (source instanceof Experiment experiment && experiment.getArray() != null) {
                ArrayPlan compiled = MemDslCompiler.arrayPlan(experiment);
                ArrayPlan seeded = seedOverride.isPresent() ? compiled.withSeed(seedOverride.getAsLong()) : compiled;
                return new Compiled(progress -> seeded.kind().run(seeded, progress), seeded.seed());
            }
            return compile(spec, Application.of((Experiment) source), seedOverride);
        } catch (CompileException e) {
            throw new SpecErrorsException(List.of(SourceLocations.error(spec.file().toString(), e.source(),
                    e.getMessage())));
        } catch (IllegalArgumentException e) {
            throw new SpecErrorsException(List.of(SourceLocations.error(spec.file().toString(), source,
                    what + " '" + source.getName() + "': " + e.getMessage())));
        }
    }

    private static Compiled compile(LoadedSpec spec, Application application, OptionalLong seedOverride)
            throws SpecErrorsException {
        try {
            ExperimentPlan compiled = MemDslCompiler.checkedExperiment(application);
            ExperimentPlan seeded = seedOverride.isPresent() ? compiled.withSeed(seedOverride.getAsLong()) : compiled;
            return new Compiled(seeded::run, seeded.seed());
        } catch (CompileException e) {
            throw new SpecErrorsException(List.of(SourceLocations.error(spec.file().toString(), e.source(),
                    e.getMessage())));
        } catch (IllegalArgumentException e) {
            throw new SpecErrorsException(List.of(SourceLocations.error(spec.file().toString(), application.source(),
                    "'" + application.name() + "': " + e.getMessage())));
        }
    }
}
