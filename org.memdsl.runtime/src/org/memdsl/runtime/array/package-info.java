/**
 * Arrays of one declared device, as the language declares them: the catalogue of array kinds
 * ({@link org.memdsl.runtime.array.ArrayKinds}: a crossbar, a photo-synapse array), the patterns
 * written into or shone onto them ({@link org.memdsl.runtime.array.Pattern}, from text rows, image
 * files or a data set, by the kinds of {@link org.memdsl.runtime.array.PatternKinds}), and the
 * compiled experiment on an array ({@link org.memdsl.runtime.array.ArrayPlan}): its steps in order,
 * the outputs to write and the seed.
 *
 * <p>Each array kind declares its settings, the operations an experiment may apply in order and
 * its outputs as kinds of the engine's one extension shape, so validation, content assist, the
 * reference and the contract tests pick them up. Device-to-device variation is drawn once per cell
 * from the plan's seed ({@link org.memdsl.runtime.simulation.RandomStreams#DEVICES}); the physics
 * is the crossbar solver's and the photo device's own. Nothing here depends on the language.
 */
package org.memdsl.runtime.array;
