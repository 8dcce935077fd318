/**
 * The one extension shape of the engine: everything a {@code .mem} file names by a word the
 * grammar does not know is a {@link org.memdsl.runtime.catalog.Kind} listed in a
 * {@link org.memdsl.runtime.catalog.Catalogue}.
 *
 * <p>A kind has a name, a one-line description, its {@link org.memdsl.runtime.catalog.Parameter}s
 * (name, dimension, shape, whether required, default, range, description, source) and an example.
 * The language validates declarations against the parameters, content assist and the generated
 * reference show them, and the contract tests iterate every catalogue, so adding a kind is one
 * file plus one line in its catalogue (see {@code docs/extending.md}).
 *
 * <p>Values cross from the language as {@link org.memdsl.runtime.catalog.Values} (SI numbers and
 * resolved paths); {@link org.memdsl.runtime.catalog.ParameterValues} checks them against the
 * parameters (known name, shape, range, whole numbers), fills in defaults and records which
 * parameters a kind read. Nothing here depends on Eclipse or EMF.
 */
package org.memdsl.runtime.catalog;
