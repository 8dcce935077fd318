package org.memdsl.spark;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;

import org.apache.spark.SparkConf;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import org.memdsl.run.StudyEngine;
import org.memdsl.runtime.study.PointResult;

import scala.Tuple2;

/**
 * The {@code spark} study engine: the points of a study computed as a Spark job. The spec travels
 * as its bundle (every file it reads, with their hashes) in a broadcast; each partition unpacks it
 * once per executor JVM, compiles the study and computes its points ({@link PointEvaluator}).
 * Results stream back to the driver as partitions finish, where they are kept point by point, so a
 * stopped study resumes there. A point's result depends only on the spec and its index: the table
 * is the same as the embedded engine's, whatever the partitioning.
 *
 * <p>The master is the run's {@code --master} ({@code local[*]} by default), unless the job was
 * started by {@code spark-submit}, whose master stands.
 */
public final class SparkStudyEngine implements StudyEngine {

    /** Partitions per core: small enough to balance uneven points, large enough to amortise set-up. */
    static final int PARTITIONS_PER_CORE = 4;

    private static JavaSparkContext context;

    @Override
    public String name() {
        return "spark";
    }

    @Override
    public Iterator<Map.Entry<Long, PointResult>> compute(byte[] bundle, String study, OptionalLong seed,
            long[] indices, Map<String, String> options) {
        JavaSparkContext jsc = context(options.getOrDefault("master", "local[*]"));
        List<Long> all = new ArrayList<>(indices.length);
        for (long i : indices) {
            all.add(i);
        }
        int slices = Math.max(1, Math.min(indices.length, PARTITIONS_PER_CORE * jsc.defaultParallelism()));
        Broadcast<byte[]> spec = jsc.broadcast(bundle);
        Iterator<Tuple2<Long, PointResult>> results = jsc.parallelize(all, slices)
                .mapPartitions(new PointEvaluator(spec, study, seed.isPresent(), seed.orElse(0)))
                .toLocalIterator();
        return new Iterator<>() {
            @Override
            public boolean hasNext() {
                return results.hasNext();
            }

            @Override
            public Map.Entry<Long, PointResult> next() {
                Tuple2<Long, PointResult> r = results.next();
                return Map.entry(r._1(), r._2());
            }
        };
    }

    /** One context per driver JVM, started on first use and stopped when the JVM exits. */
    private static synchronized JavaSparkContext context(String master) {
        if (context == null) {
            SparkConf conf = new SparkConf().setAppName("memdsl study").set("spark.ui.enabled", "false")
                    .setIfMissing("spark.master", master);
            context = new JavaSparkContext(conf);
            context.setLogLevel("WARN");
            Runtime.getRuntime().addShutdownHook(new Thread(() -> context.stop(), "memdsl-spark-stop"));
        }
        return context;
    }
}
