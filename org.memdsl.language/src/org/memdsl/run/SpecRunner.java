package org.memdsl.run;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.OptionalLong;
import java.util.function.Function;

import org.memdsl.compiler.CompileException;
import org.memdsl.compiler.ExpectationCompiler;
import org.memdsl.compiler.MemDslCompiler;
import org.memdsl.memDsl.Element;
import org.memdsl.memDsl.Expectation;
import org.memdsl.memDsl.Experiment;
import org.memdsl.memDsl.Network;
import org.memdsl.memDsl.Overlay;
import org.memdsl.memDsl.OverlaySource;
import org.memdsl.runtime.ExperimentPlan;
import org.memdsl.runtime.MemdslVersion;
import org.memdsl.runtime.array.ArrayPlan;
import org.memdsl.runtime.network.NetworkSpec;
import org.memdsl.runtime.output.ExpectationsWriter;
import org.memdsl.runtime.output.Provenance;
import org.memdsl.runtime.output.ResultWriter;
import org.memdsl.runtime.result.ExpectationCheck;
import org.memdsl.runtime.result.Figure;
import org.memdsl.runtime.result.RunResult;
import org.memdsl.runtime.simulation.ProgressListener;
import org.memdsl.runtime.simulation.SimulationException;

import com.google.inject.Inject;

/**
 * Runs every experiment and network of a spec, in file order, and writes its results under {@code
 * outDir/NAME/}. Used by the command line and by the workbench, so both give the same files.
 */
public class SpecRunner {

    /** What one experiment produced, where it was written, and how its expectations fared. */
    public record Outcome(String experiment, RunResult result, Path directory, List<Path> files,
            List<CheckedExpectation> expectations) {

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

    public List<Outcome> run(Path file, Path outDir, OptionalLong seedOverride, Progress progress)
            throws IOException, SpecErrorsException {
        LoadedSpec spec = loader.load(file);
        if (spec.hasErrors()) {
            throw new SpecErrorsException(spec.issues());
        }
        List<Element> runnable = new ArrayList<>();
        for (Element e : spec.model().getElements()) {
            if (e instanceof Experiment || e instanceof Network) {
                runnable.add(e);
            }
        }
        if (runnable.isEmpty()) {
            throw new SpecErrorsException(List.of(new SpecIssue(spec.file().toString(), 1, 1,
                    SpecIssue.Severity.ERROR, "the file declares no experiment or network to run")));
        }
        String hash = sha256(spec.files());
        List<Outcome> outcomes = new ArrayList<>();
        for (int k = 0; k < runnable.size(); k++) {
            Element source = runnable.get(k);
            int index = k;
            ProgressListener listener = fraction -> progress.progress(source.getName(), index, runnable.size(),
                    fraction);
            String what = source instanceof Network ? "network" : "experiment";
            Compiled compiled = compile(spec, source, what, seedOverride);
            RunResult result;
            try {
                result = compiled.run(listener);
            } catch (IllegalArgumentException | SimulationException e) {
                // The spec is valid but this protocol cannot be run or measured as written
                // (e.g. a PPF measurement on a train of odd length): report it at the declaration.
                throw new SpecErrorsException(List.of(SourceLocations.error(spec.file().toString(), source,
                        what + " '" + source.getName() + "' cannot run: " + e.getMessage())));
            }
            Path dir = outDir.resolve(source.getName());
            Provenance provenance = provenance(spec, source.getName(), hash, compiled.seed());
            List<Path> written = new ArrayList<>(ResultWriter.write(result, dir, provenance));
            List<CheckedExpectation> expectations = expectations(spec, source, result);
            if (!expectations.isEmpty()) {
                written.add(ExpectationsWriter.write(expectations.stream().map(CheckedExpectation::check).toList(),
                        dir));
            }
            outcomes.add(new Outcome(source.getName(), result, dir, written, expectations));
        }
        for (Element e : spec.model().getElements()) {
            if (e instanceof Overlay overlay) {
                outcomes.add(overlay(spec, overlay, outcomes, outDir, hash));
            }
        }
        return outcomes;
    }

    /** The provenance of one output directory; ResultWriter adds the names of the files it writes. */
    private static Provenance provenance(LoadedSpec spec, String name, String hash, long seed) {
        return new Provenance(MemdslVersion.get(), name, spec.files().stream().map(Path::toString).toList(), hash, seed,
                Instant.now().truncatedTo(ChronoUnit.SECONDS).toString(), System.getProperty("java.version"),
                List.of());
    }

    /** A {@code figure} block: the named outputs of experiments that ran, drawn in one figure. */
    private static Outcome overlay(LoadedSpec spec, Overlay overlay, List<Outcome> outcomes, Path outDir, String hash)
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
        return new Outcome(overlay.getName(), result, dir, ResultWriter.write(result, dir, provenance));
    }

    private static List<CheckedExpectation> expectations(LoadedSpec spec, Element source, RunResult result)
            throws SpecErrorsException {
        if (!(source instanceof Experiment experiment)) {
            return List.of();
        }
        List<CheckedExpectation> checked = new ArrayList<>();
        for (Expectation e : experiment.getExpectations()) {
            SpecIssue at = SourceLocations.error(spec.file().toString(), e, "");
            try {
                checked.add(new CheckedExpectation(at, ExpectationCheck.of(ExpectationCompiler.compile(e), result)));
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
            ExperimentPlan compiled = MemDslCompiler.checkedExperiment((Experiment) source);
            ExperimentPlan seeded = seedOverride.isPresent() ? compiled.withSeed(seedOverride.getAsLong()) : compiled;
            return new Compiled(seeded::run, seeded.seed());
        } catch (CompileException e) {
            throw new SpecErrorsException(List.of(SourceLocations.error(spec.file().toString(), e.source(),
                    e.getMessage())));
        } catch (IllegalArgumentException e) {
            throw new SpecErrorsException(List.of(SourceLocations.error(spec.file().toString(), source,
                    what + " '" + source.getName() + "': " + e.getMessage())));
        }
    }

    static String sha256(List<Path> files) throws IOException {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            for (Path f : files) {
                digest.update(Files.readAllBytes(f));
            }
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 missing from the JVM", e);
        }
    }
}
