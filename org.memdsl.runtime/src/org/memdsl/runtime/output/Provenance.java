package org.memdsl.runtime.output;

import java.util.List;
import java.util.Map;

/**
 * Where a result came from: enough to reproduce it bit for bit, and nothing of the machine it ran
 * on beyond the Java version. {@code specFiles} are the {@code .mem} file and its imports relative
 * to the spec's folder; {@code specSha256} hashes them in that order; {@code inputs} names every
 * file the run read (spec, imports, data files and folders, shipped libraries) with its SHA-256;
 * {@code options} are the run's options that change results (a seed given on the command line).
 */
public record Provenance(String memdslVersion, String experiment, List<String> specFiles, String specSha256,
        List<InputFile> inputs, long seed, Map<String, String> options, String createdUtc, String javaVersion,
        List<String> outputs) {

    /** The same provenance naming the files written next to it. */
    public Provenance withOutputs(List<String> written) {
        return new Provenance(memdslVersion, experiment, specFiles, specSha256, inputs, seed, options, createdUtc,
                javaVersion, written);
    }
}
