package org.memdsl.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.memdsl.MemDslStandaloneSetup;
import org.memdsl.run.SpecRunner;
import org.memdsl.runtime.study.StudyExecutor;

/**
 * The {@code spark} engine on {@code local[2]}: a 40-point Monte Carlo study (the benchmark's) gives
 * byte for byte the table
 * the embedded engine gives, and a study stopped half-way resumes on Spark with the same table.
 */
class SparkStudyTest {


    private static SpecRunner runner() {
        System.setProperty("guice_bytecode_gen_option", "DISABLED");
        return new MemDslStandaloneSetup().createInjectorAndDoEMFRegistration().getInstance(SpecRunner.class);
    }

    private static void run(SpecRunner runner, Path spec, Path out) throws Exception {
        runner.run(spec, out, OptionalLong.empty(), (x, i, n, f) -> {
        });
    }

    @Test
    void sparkGivesTheEmbeddedTableAndResumes(@TempDir Path dir) throws Exception {
        Path spec = dir.resolve("mc.mem");
        Files.writeString(spec, StudyBench.spec(40));
        SpecRunner embedded = runner();
        run(embedded, spec, dir.resolve("embedded"));
        String table = Files.readString(dir.resolve("embedded/spread/study.csv"));
        assertEquals(41, table.split("\n").length, "header and 40 points");

        SpecRunner spark = runner();
        spark.useStudyEngine("spark", Map.of("master", "local[2]"));
        run(spark, spec, dir.resolve("spark"));
        assertEquals(table, Files.readString(dir.resolve("spark/spread/study.csv")), "the same table on Spark");

        List<Path> saved = StudyExecutor.saved(dir.resolve("spark/spread/points"));
        assertEquals(40, saved.size());
        for (int k = 0; k < saved.size(); k += 2) {
            Files.delete(saved.get(k));
        }
        run(spark, spec, dir.resolve("spark"));
        assertEquals(table, Files.readString(dir.resolve("spark/spread/study.csv")), "resumed on Spark");
        assertTrue(Files.exists(dir.resolve("spark/spread/histogram_epsc_last.png")));
    }
}
