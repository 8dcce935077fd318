/**
 * Semantic highlighting of {@code .mem} files, computed from the parsed file by Xtext's
 * {@link org.eclipse.xtext.ide.editor.syntaxcoloring.ISemanticHighlightingCalculator} service; the
 * workbench's editor draws the styles over its lexical colouring.
 */
package org.memdsl.ide.highlighting;
