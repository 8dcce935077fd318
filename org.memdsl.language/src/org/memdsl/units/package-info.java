/**
 * Units as written in {@code .mem} files and their conversion to SI: {@link UnitParser} parses
 * symbols with Indriya (JSR 385), accepting keyboard spellings ({@code us} for µs, {@code ohm} for
 * Ω, {@code cm2} for cm², and {@code eV}), and converts a magnitude to the SI unit of one of the
 * engine's dimensions ({@code Dimension}, in the engine's catalogue package).
 *
 * <p>This is the one place where written units are converted: everything past it, in the compiler
 * and the engine, is SI. A symbol that is not a unit, a unit of another dimension than the one
 * expected, or a missing unit on a quantity that needs one is a {@link UnitException} whose message
 * validation reports at the value; only a dimensionless parameter takes a bare number.
 *
 * <p>This package is plain Java (no EMF, no Xtext) and knows no parameters or kinds: callers say
 * which dimension a value must have. Validation and the compiler both go through it, so a value
 * that validates converts to the same number when it is compiled.
 */
package org.memdsl.units;
