/**
 * Text generated from the engine's catalogues: the Markdown language reference
 * ({@code bin/memdsl reference}) and the {@code .mem} form of a kind's example and parameters that
 * hover, templates and the contract tests share. Nothing here is hand-maintained per kind.
 */
package org.memdsl.reference;
