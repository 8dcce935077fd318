/**
 * Scoping of the memdsl language: which declaration a reference in a {@code .mem} file (a device,
 * a stimulus, an experiment's or a network's synapse device) resolves to.
 *
 * <p>{@link MemDslScopeProvider} keeps Xtext's default local scoping: names are those of the
 * top-level declarations. Names from other files are visible only through {@code import
 * "file.mem"} (the import-URI global scope bound in {@link org.memdsl.MemDslRuntimeModule}), so a
 * spec is self-describing and the provenance of a run lists exactly the files it read.
 *
 * <p>Kind names (device families, stimulus, measurement and network kinds) and parameter names are
 * not cross-references: they are checked against the engine's catalogues of kinds by validation,
 * not resolved here.
 */
package org.memdsl.scoping;
