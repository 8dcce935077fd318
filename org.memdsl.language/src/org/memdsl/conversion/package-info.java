/**
 * Value conversion for the terminals of the memdsl grammar: {@link MemDslValueConverters} turns
 * {@code ID}, {@code STRING} and {@code NUMBER} tokens into Java values and back.
 *
 * <p>A {@code NUMBER} becomes a {@link Double} magnitude without its unit; the unit stays a
 * separate token of the syntax tree and is converted to SI later, by
 * {@link org.memdsl.units.UnitParser}, never here. A token that is not a number is an Xtext
 * value-converter error at that token, reported as a syntax problem.
 *
 * <p>Converters are stateless and bound in {@link org.memdsl.MemDslRuntimeModule}; they know no
 * parameters, dimensions or engine types.
 */
package org.memdsl.conversion;
