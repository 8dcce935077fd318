/**
 * Validation of {@code .mem} files: every rule the grammar cannot express, reported at the element
 * it concerns, for the command line, the editor's live validation and the Maven plugin alike.
 *
 * <p>{@link MemDslValidator} is the entry point Xtext calls; it composes rule validators, one per
 * concern: rules every block naming a kind obeys whatever its catalogue (the name is known, the
 * required parameters are given), {@link DeclarationValidator} (top-level names, devices and
 * stimuli that build), {@link AssignmentValidator} (known parameter names, no name given twice,
 * scalar or list shape, units of the right dimension, ranges), {@link ExperimentValidator} (what
 * an experiment applies and measures) and {@link NetworkValidator} (data, synapse variation,
 * outputs). Every issue carries a code of {@link IssueCodes}, on which quick fixes key.
 *
 * <p>What is valid is decided by the engine's catalogues of kinds and by building the engine
 * objects themselves through the compiler, never by a second list kept here, so validation and
 * running cannot drift apart. Validators only report: they do not modify the model, run
 * simulations or write files.
 */
package org.memdsl.validation;
