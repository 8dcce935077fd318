package org.memdsl.spark;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;

import org.apache.spark.api.java.function.FlatMapFunction;
import org.apache.spark.broadcast.Broadcast;
import org.memdsl.MemDslStandaloneSetup;
import org.memdsl.compiler.StudyCompiler;
import org.memdsl.memDsl.Element;
import org.memdsl.memDsl.Study;
import org.memdsl.run.LoadedSpec;
import org.memdsl.run.SpecBundle;
import org.memdsl.run.SpecLoader;
import org.memdsl.runtime.study.PointResult;
import org.memdsl.runtime.study.StudyExecutor;
import org.memdsl.runtime.study.StudyPoint;

import com.google.inject.Injector;

import scala.Tuple2;

/**
 * Computes the points of one partition on an executor: the study is compiled once per JVM (the
 * bundle unpacked into a temporary folder, checked against its hashes, loaded and compiled) and
 * each point is prepared under the compiled study's lock (the spec's model is read by one thread at
 * a time) and run outside it.
 */
final class PointEvaluator implements FlatMapFunction<Iterator<Long>, Tuple2<Long, PointResult>> {

    private static final long serialVersionUID = 1L;

    /** Studies compiled in this JVM, by the bundle's hash, the study and the seed. */
    private static final Map<String, StudyCompiler> COMPILED = new ConcurrentHashMap<>();

    private static Injector injector;

    private final Broadcast<byte[]> bundle;
    private final String study;
    private final boolean seeded;
    private final long seed;

    PointEvaluator(Broadcast<byte[]> bundle, String study, boolean seeded, long seed) {
        this.bundle = bundle;
        this.study = study;
        this.seeded = seeded;
        this.seed = seed;
    }

    @Override
    public Iterator<Tuple2<Long, PointResult>> call(Iterator<Long> indices) throws Exception {
        StudyCompiler compiled = compiled(bundle.value(), study, seeded, seed);
        List<Tuple2<Long, PointResult>> out = new ArrayList<>();
        while (indices.hasNext()) {
            long index = indices.next();
            out.add(new Tuple2<>(index, evaluate(compiled, index)));
        }
        return out.iterator();
    }

    /** Point {@code index} of {@code compiled}, as the embedded engine computes it. */
    static PointResult evaluate(StudyCompiler compiled, long index) {
        int reports = compiled.reportNames().size();
        Callable<PointResult> run;
        try {
            synchronized (compiled) {
                StudyPoint point = compiled.point(index);
                run = compiled.prepare(point);
            }
        } catch (RuntimeException e) {
            return PointResult.failed(StudyExecutor.message(e), reports);
        }
        return StudyExecutor.runOne(run, reports);
    }

    static StudyCompiler compiled(byte[] bundle, String study, boolean seeded, long seed) throws IOException {
        String key = sha256(bundle) + "/" + study + "/" + (seeded ? seed : "file");
        StudyCompiler compiled = COMPILED.get(key);
        if (compiled != null) {
            return compiled;
        }
        synchronized (COMPILED) {
            compiled = COMPILED.get(key);
            if (compiled == null) {
                compiled = compile(bundle, study);
                compiled = seeded ? compiled.withSeed(seed) : compiled;
                COMPILED.put(key, compiled);
            }
            return compiled;
        }
    }

    private static StudyCompiler compile(byte[] bundle, String study) throws IOException {
        Path folder = Files.createTempDirectory("memdsl-spark");
        Path file = folder.resolve("spec" + SpecBundle.EXTENSION);
        Files.write(file, bundle);
        try {
            Path spec = SpecBundle.open(file, Files.createDirectory(folder.resolve("spec")));
            LoadedSpec loaded = injector().getInstance(SpecLoader.class).load(spec);
            if (loaded.hasErrors()) {
                throw new IllegalStateException("the study's spec has errors on this executor: " + loaded.issues());
            }
            for (Element e : loaded.model().getElements()) {
                if (e instanceof Study s && s.getName().equals(study)) {
                    return StudyCompiler.compile(s);
                }
            }
            throw new IllegalStateException("the spec has no study '" + study + "'");
        } catch (org.memdsl.run.SpecErrorsException e) {
            throw new IllegalStateException("the study's bundle cannot be opened on this executor: " + e.getMessage(),
                    e);
        }
    }

    private static synchronized Injector injector() {
        if (injector == null) {
            System.setProperty("guice_bytecode_gen_option", "DISABLED");
            injector = new MemDslStandaloneSetup().createInjectorAndDoEMFRegistration();
        }
        return injector;
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
