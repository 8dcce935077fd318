/**
 * Loading and running {@code .mem} files: the one path from a file on disk to result files,
 * shared by the command line and the workbench, so both write the same files.
 *
 * <p>{@link SpecLoader} reads a file with everything it imports into a {@link LoadedSpec}: the
 * model, the files read (main file first) and every {@link SpecIssue}, located as
 * {@code file:line:column}, 1-based. The runner, {@code SpecRunner}, refuses a spec with errors
 * ({@link SpecErrorsException} with the issues), then compiles and runs every experiment and
 * network in file order, optionally with a seed override, and writes each into {@code OUT/NAME/}
 * through the engine's {@link org.memdsl.runtime.output.ResultWriter}: every file atomically, and
 * the provenance last, with the memdsl version, the SHA-256 of the spec and its imports, and the
 * seed actually used.
 *
 * <p>A valid protocol that cannot be run or measured as written is reported the same way, as an
 * issue at its declaration, and nothing is written for it. Classes are injected (Guice) from the
 * language's injector; nothing here depends on the Eclipse workbench.
 */
package org.memdsl.run;
